package dev.mlwb.analysis.report;

import dev.mlwb.analysis.check.CheckReport;
import java.util.Locale;

/** The output formats of {@code mlwb check}. */
public enum ReportFormat {
    TEXT, JSON, MARKDOWN, HTML;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Renders a report in this format; {@code color} applies to text only. */
    public String render(CheckReport report, boolean color) {
        return switch (this) {
            case TEXT -> new TextReport(color).render(report);
            case JSON -> JsonReport.render(report);
            case MARKDOWN -> MarkdownReport.render(report);
            case HTML -> HtmlReport.render(report);
        };
    }
}
