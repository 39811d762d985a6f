package dev.mlwb.analysis.report;

import dev.mlwb.analysis.check.CheckReport;
import dev.mlwb.analysis.notes.FindingNotes;
import java.util.Locale;

/** The output formats of {@code mlwb check}. */
public enum ReportFormat {
    TEXT, JSON, MARKDOWN, HTML;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Renders a report in this format; {@code color} applies to text only. */
    public String render(CheckReport report, boolean color) {
        return render(report, color, FindingNotes.NONE);
    }

    /** Renders a report with the analyst's notes under their findings (the app's exports). */
    public String render(CheckReport report, boolean color, FindingNotes notes) {
        return render(report, color, ReviewContext.notes(notes));
    }

    /** Renders a report with its story, timeline, attributions and notes ({@link ReviewContext#build}). */
    public String render(CheckReport report, boolean color, ReviewContext context) {
        return switch (this) {
            case TEXT -> new TextReport(color, context.notes(), context.story()).render(report);
            case JSON -> JsonReport.render(report, context);
            case MARKDOWN -> MarkdownReport.render(report, context.notes(), context.story());
            case HTML -> HtmlReport.render(report, context);
        };
    }
}
