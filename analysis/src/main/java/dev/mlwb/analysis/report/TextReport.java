package dev.mlwb.analysis.report;

import dev.mlwb.analysis.check.CheckReport;
import dev.mlwb.analysis.notes.FindingNotes;
import dev.mlwb.analysis.check.CheckRun;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.data.LoadIssue;
import dev.mlwb.analysis.format.Fmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** A report for a terminal: severity, title, summary, subjects and measures, wrapped at 100 columns. */
final class TextReport {
    private static final int WIDTH = 100;
    private static final String INDENT = "    ";

    private final boolean color;
    private final FindingNotes notes;

    private final dev.mlwb.analysis.story.Story story;

    TextReport(boolean color, FindingNotes notes) {
        this(color, notes, dev.mlwb.analysis.story.Story.EMPTY);
    }

    TextReport(boolean color, FindingNotes notes, dev.mlwb.analysis.story.Story story) {
        this.color = color;
        this.notes = notes;
        this.story = story;
    }

    String render(CheckReport r) {
        StringBuilder out = new StringBuilder();
        out.append(bold(r.title())).append('\n');
        out.append(r.bundle()).append('\n');
        out.append(counts(r)).append("\n\n");
        List<String> told = StoryText.lines(story);
        if (!told.isEmpty()) {
            told.forEach(l -> out.append(l.startsWith("Likely") ? bold(l) : l).append('\n'));
            out.append('\n');
        }
        if (r.findings().isEmpty()) {
            out.append(paint("No findings.", "32")).append("\n\n");
        }
        for (Finding f : r.findings()) {
            out.append(finding(f)).append('\n');
        }
        out.append(bold("Checks")).append('\n');
        for (CheckRun c : r.checks()) {
            String status = String.format(Locale.ROOT, "%-8s", c.status().key());
            String detail = c.status() == CheckRun.Status.RAN ? c.millis() + " ms" : c.reason().orElse("");
            out.append("  ").append(c.status() == CheckRun.Status.FAILED ? paint(status, "31") : status)
                    .append(String.format(Locale.ROOT, "%-28s", c.id())).append(detail).append('\n');
        }
        if (!r.loadIssues().isEmpty()) {
            out.append('\n').append(bold("Load issues")).append('\n');
            for (LoadIssue i : r.loadIssues()) {
                out.append("  ").append(i.isError() ? paint("error", "31") : paint("warning", "33")).append(": ")
                        .append(i.message()).append('\n');
            }
        }
        return out.toString();
    }

    static String counts(CheckReport r) {
        return r.count(Severity.CRITICAL) + " critical · " + r.count(Severity.WARNING) + " warning · "
                + r.count(Severity.INFO) + " info   |   checks: " + r.checks(CheckRun.Status.RAN).size() + " ran · "
                + r.checks(CheckRun.Status.SKIPPED).size() + " skipped · " + r.checks(CheckRun.Status.FAILED).size()
                + " failed";
    }

    private String finding(Finding f) {
        StringBuilder b = new StringBuilder();
        String sev = String.format(Locale.ROOT, "%-9s", f.severity().name());
        b.append(paint(sev, switch (f.severity()) {
            case CRITICAL -> "1;31";
            case WARNING -> "1;33";
            case INFO -> "1;36";
        })).append(bold(f.title())).append("  ").append(paint("[" + f.check() + "]", "2")).append('\n');
        wrap(b, f.summary());
        if (!f.subjects().isEmpty()) {
            wrap(b, "Subjects: " + f.subjects().stream().map(Subject::toString).collect(Collectors.joining(", ")));
        }
        if (!f.measures().isEmpty()) {
            wrap(b, "Measures: " + measures(f.measures()));
        }
        if (!f.remedy().isEmpty()) {
            wrap(b, "Remedy: " + f.remedy());
        }
        notes.note(f).ifPresent(n -> wrap(b, "Note (" + n.updated() + "): " + n.text()));
        return b.toString();
    }

    static String measures(Map<String, Double> m) {
        return m.entrySet().stream().map(e -> e.getKey() + "=" + Fmt.measure(e.getValue()))
                .collect(Collectors.joining("  "));
    }

    private static void wrap(StringBuilder b, String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && INDENT.length() + line.length() + 1 + word.length() > WIDTH) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        lines.forEach(l -> b.append(INDENT).append(l).append('\n'));
    }

    private String bold(String s) {
        return paint(s, "1");
    }

    private String paint(String s, String code) {
        return color ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
    }
}
