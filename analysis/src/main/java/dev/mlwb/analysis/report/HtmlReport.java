package dev.mlwb.analysis.report;

import dev.mlwb.analysis.check.CheckReport;
import dev.mlwb.analysis.notes.FindingNotes;
import dev.mlwb.analysis.check.CheckRun;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.data.LoadIssue;

/** A self-contained HTML page of a report, readable on a shared screen and printable. */
final class HtmlReport {
    private static final String STYLE = "body{font:16px/1.5 system-ui,sans-serif;max-width:60em;margin:2em auto;"
            + "padding:0 1em;color:#1b1b1b}h1{font-size:1.8em}.sev{display:inline-block;min-width:6em;font-weight:700;"
            + "padding:.1em .5em;border-radius:.3em;color:#fff;text-align:center}.critical{background:#b2182b}"
            + ".warning{background:#8a5a00}.info{background:#2166ac}.finding{border-left:.3em solid #ccc;"
            + "padding:.2em 1em;margin:1.2em 0}code{background:#f2f2f2;padding:0 .2em}table{border-collapse:collapse}"
            + "td,th{border:1px solid #ccc;padding:.2em .6em;text-align:left}.note{background:#fff8dc;padding:.4em .6em}";

    private HtmlReport() {
    }

    static String render(CheckReport r, ReviewContext context) {
        FindingNotes notes = context.notes();
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(r.title())).append("</title><style>").append(STYLE).append("</style></head><body>\n");
        b.append("<h1>").append(esc(r.title())).append("</h1>\n");
        if (!r.description().isEmpty()) {
            b.append("<p>").append(esc(r.description())).append("</p>\n");
        }
        b.append("<p><code>").append(esc(r.bundle())).append("</code><br>").append(esc(TextReport.counts(r)))
                .append("</p>\n<h2>Findings</h2>\n");
        if (r.findings().isEmpty()) {
            b.append("<p>No findings.</p>\n");
        }
        for (Finding f : r.findings()) {
            b.append("<div class=\"finding\"><h3><span class=\"sev ").append(f.severity().key()).append("\">")
                    .append(f.severity().key()).append("</span> ").append(esc(f.title())).append("</h3>\n<p>")
                    .append(esc(f.summary())).append("</p>\n<p><b>Check:</b> <code>").append(f.check())
                    .append("</code><br><b>Subjects:</b> ").append(esc(MarkdownReport.subjects(f)))
                    .append("<br><b>Measures:</b> <code>").append(esc(TextReport.measures(f.measures())))
                    .append("</code></p>\n<p><b>Remedy:</b> ").append(esc(f.remedy())).append("</p>\n");
            notes.note(f).ifPresent(n -> b.append("<p class=\"note\"><b>Note</b> (").append(esc(n.updated().toString()))
                    .append("): ").append(esc(n.text()).replace("\n", "<br>")).append("</p>\n"));
            b.append("</div>\n");
        }
        b.append("<h2>Checks</h2>\n<table><tr><th>Check</th><th>Status</th><th>Detail</th></tr>\n");
        for (CheckRun c : r.checks()) {
            b.append("<tr><td><code>").append(c.id()).append("</code></td><td>").append(c.status().key())
                    .append("</td><td>").append(esc(c.status() == CheckRun.Status.RAN ? c.millis() + " ms"
                            : c.reason().orElse(""))).append("</td></tr>\n");
        }
        b.append("</table>\n");
        if (!r.loadIssues().isEmpty()) {
            b.append("<h2>Load issues</h2>\n<ul>\n");
            for (LoadIssue i : r.loadIssues()) {
                b.append("<li>").append(esc(i.toString())).append("</li>\n");
            }
            b.append("</ul>\n");
        }
        return b.append("</body></html>\n").toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
