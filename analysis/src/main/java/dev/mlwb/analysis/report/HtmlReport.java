package dev.mlwb.analysis.report;

import dev.mlwb.analysis.check.CheckReport;
import dev.mlwb.analysis.check.CheckRun;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.data.LoadIssue;
import dev.mlwb.analysis.evidence.Evidence;
import dev.mlwb.analysis.format.Fmt;
import dev.mlwb.analysis.notes.FindingNotes;
import dev.mlwb.analysis.story.Chain;
import dev.mlwb.analysis.story.Story;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The review report: one self-contained HTML page (charts as inline SVG, styles inline, nothing fetched) with the
 * story first (likely root cause, what it explains, onset, first alert, time to detect), the feature health
 * matrix, every finding with its evidence charts, what explains its window and the analyst's note, the timeline,
 * and every check with why it was skipped or failed. Readable on a shared screen and printable.
 */
final class HtmlReport {
    private static final String STYLE = "body{font:16px/1.5 system-ui,sans-serif;max-width:62em;margin:2em auto;"
            + "padding:0 1em;color:#1b1b1b}h1{font-size:1.8em;margin-bottom:.2em}h2{margin-top:1.8em;border-bottom:"
            + "2px solid #ddd}h3{margin:.4em 0}h4{margin:.8em 0 .2em}.sev{display:inline-block;min-width:5.5em;"
            + "font-weight:700;font-size:.8em;padding:.1em .5em;border-radius:.3em;color:#fff;text-align:center;"
            + "vertical-align:middle}.critical{background:#b2182b}.warning{background:#8a5a00}.info{background:#2166ac}"
            + ".finding{border-left:.3em solid #ccc;padding:.2em 1em;margin:1.4em 0;break-inside:avoid-page}"
            + ".finding.explained{border-left-color:#e0c08a}code{background:#f2f2f2;padding:0 .2em}"
            + "table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:.2em .6em;"
            + "text-align:left;vertical-align:top}tr.bad td{background:#fbe3e6}.note{background:#fff8dc;padding:.4em .6em}"
            + ".chain{background:#f7f7f7;border-radius:.4em;padding:.6em 1em;margin:.8em 0}.chain.likely{background:#fdf1f2;"
            + "border:2px solid #b2182b}.links{list-style:none;padding-left:.5em}.links li{margin:.35em 0}"
            + ".why{color:#555;font-size:.9em}.when{margin:.2em 0}.ttd{font-size:1.05em}.event{color:#7a2a00}"
            + "svg{display:block;max-width:100%;height:auto;margin:.4em 0}.matrix td{text-align:center;min-width:6em}"
            + ".matrix td:first-child{text-align:left}.m-critical{background:#b2182b;color:#fff;font-weight:700}"
            + ".m-warning{background:#f3d9a4}.m-info{background:#d6e6f5}.m-ok{background:#e3f1e8;color:#2d6a45}"
            + ".m-not-examined,.m-skipped{color:#999}a{color:#0b5cad}"
            + "@media print{body{max-width:none}.finding{break-inside:avoid}}";

    private HtmlReport() {
    }

    static String render(CheckReport r, ReviewContext context) {
        FindingNotes notes = context.notes();
        Story story = context.story();
        Map<Finding, String> anchors = new IdentityHashMap<>();
        List<Finding> order = order(r, story);
        for (int i = 0; i < order.size(); i++) {
            anchors.put(order.get(i), "f" + (i + 1));
        }
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
                .append(Html.esc(r.title())).append("</title><style>").append(STYLE).append("</style></head><body>\n");
        b.append("<h1>").append(Html.esc(r.title())).append("</h1>\n");
        if (!r.description().isEmpty()) {
            b.append("<p>").append(Html.esc(r.description())).append("</p>\n");
        }
        b.append("<p><code>").append(Html.esc(r.bundle())).append("</code><br>").append(Html.esc(TextReport.counts(r)))
                .append("</p>\n");
        b.append(StoryHtml.story(story, f -> anchors.getOrDefault(f, "")));
        b.append(StoryHtml.matrix(r));
        b.append("<h2>Findings</h2>\n");
        if (order.isEmpty()) {
            b.append("<p>No findings.</p>\n");
        }
        for (Finding f : order) {
            finding(b, f, anchors.get(f), context, anchors);
        }
        context.timeline().ifPresent(t -> {
            String svg = TimelineSvg.render(t, story);
            if (!svg.isEmpty()) {
                b.append("<h2>Timeline</h2>\n").append(svg).append('\n');
            }
        });
        checks(b, r);
        if (!r.loadIssues().isEmpty()) {
            b.append("<h2>Load issues</h2>\n<ul>\n");
            for (LoadIssue i : r.loadIssues()) {
                b.append("<li>").append(Html.esc(i.toString())).append("</li>\n");
            }
            b.append("</ul>\n");
        }
        return b.append("</body></html>\n").toString();
    }

    /** The findings in story order: each chain's root, then what it explains; then any finding outside the story. */
    private static List<Finding> order(CheckReport r, Story story) {
        Set<Finding> out = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        List<Finding> list = new ArrayList<>();
        for (Chain c : story.chains()) {
            for (Finding f : c.findings()) {
                if (out.add(f)) {
                    list.add(f);
                }
            }
        }
        for (Finding f : r.findings()) {
            if (out.add(f)) {
                list.add(f);
            }
        }
        return list;
    }

    private static void finding(StringBuilder b, Finding f, String anchor, ReviewContext context,
                                Map<Finding, String> anchors) {
        Story story = context.story();
        Optional<String> parent = story.chainOf(f).flatMap(c -> c.link(f)).map(l -> "<p class=\"why\">Explained by <a "
                + "href=\"#" + anchors.get(l.parent()) + "\">" + Html.esc(l.parent().title()) + "</a>: "
                + Html.esc(l.reason()) + "</p>\n");
        b.append("<div class=\"finding").append(parent.isPresent() ? " explained" : "").append("\" id=\"").append(anchor)
                .append("\"><h3>").append(StoryHtml.sev(f)).append(' ').append(Html.esc(f.title())).append("</h3>\n");
        parent.ifPresent(b::append);
        b.append("<p>").append(Html.esc(f.summary())).append("</p>\n<p class=\"when\">")
                .append(StoryHtml.onset(story.onset(f))).append("</p>\n");
        if (!f.windows().isEmpty()) {
            b.append("<p class=\"when\"><b>Held:</b> ").append(Html.esc(Fmt.periods(f.windows(), 6))).append("</p>\n");
        }
        for (Evidence e : f.evidence()) {
            Optional<String> chart = EvidenceCharts.timeChart(e, story.onset(f));
            Optional<String> bars = EvidenceBars.chart(e);
            Optional<String> table = EvidenceTables.table(e);
            if (chart.isPresent() || bars.isPresent() || table.isPresent()) {
                b.append("<h4>").append(Html.esc(e.title())).append("</h4>\n");
                chart.ifPresent(b::append);
                bars.ifPresent(b::append);
                table.ifPresent(b::append);
                b.append('\n');
            }
        }
        context.attribution(f).ifPresent(a -> b.append(StoryHtml.attribution(a)).append('\n'));
        b.append("<p><b>Check:</b> <code>").append(Html.esc(f.check())).append("</code><br><b>Subjects:</b> ")
                .append(Html.esc(MarkdownReport.subjects(f))).append("<br><b>Measures:</b> <code>")
                .append(Html.esc(TextReport.measures(f.measures()))).append("</code></p>\n<p><b>Remedy:</b> ")
                .append(Html.esc(f.remedy())).append("</p>\n");
        context.notes().note(f).ifPresent(n -> b.append("<p class=\"note\"><b>Note</b> (")
                .append(Html.esc(n.updated().toString())).append("): ").append(Html.esc(n.text()).replace("\n", "<br>"))
                .append("</p>\n"));
        b.append("</div>\n");
    }

    private static void checks(StringBuilder b, CheckReport r) {
        b.append("<h2>Checks</h2>\n<p>").append(r.checks(CheckRun.Status.RAN).size()).append(" ran, ")
                .append(r.checks(CheckRun.Status.SKIPPED).size()).append(" skipped, ")
                .append(r.checks(CheckRun.Status.FAILED).size()).append(" failed.</p>\n");
        b.append("<table><tr><th>Check</th><th>Status</th><th>Findings</th><th>Detail</th></tr>\n");
        Set<String> order = new LinkedHashSet<>();
        for (CheckRun.Status s : List.of(CheckRun.Status.FAILED, CheckRun.Status.SKIPPED, CheckRun.Status.RAN)) {
            r.checks(s).forEach(c -> order.add(c.id()));
        }
        for (String id : order) {
            CheckRun c = r.check(id).orElseThrow();
            b.append("<tr").append(c.status() == CheckRun.Status.FAILED ? " class=\"bad\"" : "").append("><td><code>")
                    .append(Html.esc(c.id())).append("</code></td><td>").append(c.status().key()).append("</td><td>")
                    .append(r.findings(c.id()).size()).append("</td><td>").append(Html.esc(c.status() == CheckRun.Status.RAN
                            ? c.millis() + " ms" : c.reason().orElse(""))).append("</td></tr>\n");
        }
        b.append("</table>\n");
    }
}
