package dev.mlwb.analysis.report;

import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.notes.FindingNotes;

/** One finding as Markdown, to paste into an incident channel or a review: the section a Markdown report gives it. */
public final class FindingMarkdown {
    private FindingMarkdown() {
    }

    public static String of(Finding f, FindingNotes notes) {
        return MarkdownReport.finding(f, notes);
    }
}
