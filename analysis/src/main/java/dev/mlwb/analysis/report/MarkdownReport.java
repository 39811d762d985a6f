package dev.mlwb.analysis.report;

import dev.mlwb.analysis.check.CheckReport;
import dev.mlwb.analysis.notes.FindingNotes;
import dev.mlwb.analysis.check.CheckRun;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.data.LoadIssue;
import dev.mlwb.analysis.format.Fmt;
import java.util.stream.Collectors;

/** A report to paste into a post-incident review or a pull request. */
final class MarkdownReport {
    private MarkdownReport() {
    }

    static String render(CheckReport r, FindingNotes notes) {
        return render(r, notes, dev.mlwb.analysis.story.Story.EMPTY);
    }

    static String render(CheckReport r, FindingNotes notes, dev.mlwb.analysis.story.Story story) {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(esc(r.title())).append("\n\n");
        if (!r.description().isEmpty()) {
            b.append(esc(r.description())).append("\n\n");
        }
        b.append("Bundle: `").append(r.bundle()).append("`  \n").append(TextReport.counts(r)).append("\n\n");
        java.util.List<String> told = StoryText.lines(story);
        if (!told.isEmpty()) {
            b.append("## Story\n\n");
            for (String l : told) {
                int indent = l.length() - l.stripLeading().length();
                b.append("  ".repeat(indent / 2)).append("- ").append(esc(l.strip().replaceFirst("^→ ", ""))).append('\n');
            }
            b.append('\n');
        }
        b.append("## Findings\n\n");
        if (r.findings().isEmpty()) {
            b.append("No findings.\n\n");
        } else {
            b.append("| Severity | Check | Title |\n|---|---|---|\n");
            for (Finding f : r.findings()) {
                b.append("| **").append(f.severity().key()).append("** | `").append(f.check()).append("` | ")
                        .append(cell(f.title())).append(" |\n");
            }
            b.append('\n');
        }
        for (Finding f : r.findings()) {
            b.append(finding(f, notes)).append('\n');
        }
        b.append("## Checks\n\n| Check | Status | Detail |\n|---|---|---|\n");
        for (CheckRun c : r.checks()) {
            b.append("| `").append(c.id()).append("` | ").append(c.status().key()).append(" | ")
                    .append(cell(c.status() == CheckRun.Status.RAN ? c.millis() + " ms" : c.reason().orElse("")))
                    .append(" |\n");
        }
        if (!r.loadIssues().isEmpty()) {
            b.append("\n## Load issues\n\n");
            for (LoadIssue i : r.loadIssues()) {
                b.append("- ").append(i.level().name().toLowerCase(java.util.Locale.ROOT)).append(": ")
                        .append(esc(i.message())).append('\n');
            }
        }
        return b.toString();
    }

    /** One finding as a Markdown section: heading, summary, when, subjects, measures, remedy and the analyst's note. */
    static String finding(Finding f, FindingNotes notes) {
        StringBuilder b = new StringBuilder();
        b.append("### ").append(f.severity().name()).append(": ").append(esc(f.title())).append("\n\n");
        b.append(esc(f.summary())).append("\n\n");
        if (!f.windows().isEmpty()) {
            b.append("- **Held:** ").append(Fmt.periods(f.windows(), 6)).append('\n');
        }
        b.append("- **Check:** `").append(f.check()).append("`\n");
        if (!f.subjects().isEmpty()) {
            b.append("- **Subjects:** ").append(f.subjects().stream().map(s -> code(s.toString()))
                    .collect(Collectors.joining(", "))).append('\n');
        }
        if (!f.measures().isEmpty()) {
            b.append("- **Measures:** `").append(TextReport.measures(f.measures())).append("`\n");
        }
        if (!f.remedy().isEmpty()) {
            b.append("- **Remedy:** ").append(esc(f.remedy())).append('\n');
        }
        notes.note(f).ifPresent(n -> b.append("- **Note** (").append(n.updated()).append("): ")
                .append(esc(n.text()).replace("\n", "  \n  ")).append('\n'));
        return b.toString();
    }

    /**
     * A CommonMark code span that holds any text: fenced by one more backtick than the longest run inside, padded
     * with spaces when the text starts or ends with a backtick.
     */
    static String code(String text) {
        int longest = 0;
        int run = 0;
        for (char c : text.toCharArray()) {
            run = c == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        String pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
        return fence + pad + text + pad + fence;
    }

    static String subjects(Finding f) {
        return f.subjects().stream().map(Subject::toString).collect(Collectors.joining(", "));
    }

    private static String esc(String s) {
        return s.replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String cell(String s) {
        return esc(s).replace("|", "\\|").replace("\n", " ");
    }
}
