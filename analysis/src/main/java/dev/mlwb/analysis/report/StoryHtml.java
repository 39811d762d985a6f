package dev.mlwb.analysis.report;

import dev.mlwb.analysis.attribution.Attribution;
import dev.mlwb.analysis.attribution.Contribution;
import dev.mlwb.analysis.check.CheckReport;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.format.Fmt;
import dev.mlwb.analysis.report.svg.BarChart;
import dev.mlwb.analysis.story.AlertEvent;
import dev.mlwb.analysis.story.Chain;
import dev.mlwb.analysis.story.ChainEvent;
import dev.mlwb.analysis.story.ChainLink;
import dev.mlwb.analysis.story.FeatureHealth;
import dev.mlwb.analysis.story.Onset;
import dev.mlwb.analysis.story.Story;
import dev.mlwb.analysis.story.StoryWords;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The review report's story first: root cause, its chain, onset, first alert and time to detect; the matrix. */
final class StoryHtml {
    private static final int ATTRIBUTION_ROWS = 12;

    private StoryHtml() {
    }

    static String story(Story story, Function<Finding, String> anchor) {
        if (story.chains().isEmpty()) {
            return "<section class=\"story\"><h2>Story</h2><p>No finding: nothing to explain.</p></section>\n";
        }
        StringBuilder b = new StringBuilder("<section class=\"story\">\n<h2>Likely root cause</h2>\n");
        String headline = Html.esc(StoryWords.headline(story));
        int at = headline.indexOf("Time to detect:");
        b.append("<p class=\"ttd\">").append(at < 0 ? headline : headline.substring(0, at) + "<b>"
                + headline.substring(at) + "</b>").append("</p>\n");
        List<Chain> chains = story.chains();
        for (int i = 0; i < chains.size(); i++) {
            if (i == 1) {
                b.append("<h2>Other root causes</h2>\n");
            }
            boolean sameAlert = chains.get(i).firstAlert().equals(story.firstAlert())
                    && chains.get(i).timeToDetect().equals(story.timeToDetect());
            chain(b, chains.get(i), anchor, i == 0, !sameAlert);
        }
        return b.append("</section>\n").toString();
    }

    private static void chain(StringBuilder b, Chain c, Function<Finding, String> anchor, boolean likely,
                              boolean ownAlert) {
        b.append("<div class=\"chain").append(likely ? " likely" : "").append("\"><h3>").append(sev(c.root()))
                .append(" <a href=\"#").append(anchor.apply(c.root())).append("\">").append(Html.esc(c.root().title()))
                .append("</a></h3>\n<p class=\"when\">").append(onset(c.onset())).append("</p>\n");
        if (ownAlert && (c.firstAlert().isPresent() || c.onset().isPresent())) {
            b.append("<p class=\"when\">").append(detection(c.onset(), c.firstAlert(), c.timeToDetect(), "this cause"))
                    .append("</p>\n");
        }
        if (!c.links().isEmpty()) {
            b.append("<p><b>It explains:</b></p>\n<ul class=\"links\">\n");
            for (ChainLink l : c.links()) {
                b.append("<li style=\"margin-left:").append((l.depth() - 1) * 1.6).append("em\">").append(sev(l.finding()))
                        .append(" <a href=\"#").append(anchor.apply(l.finding())).append("\">")
                        .append(Html.esc(l.finding().title())).append("</a><br><span class=\"why\">")
                        .append(Html.esc(l.reason())).append("</span></li>\n");
            }
            b.append("</ul>\n");
        }
        for (ChainEvent e : c.events()) {
            b.append("<p class=\"event\"><b>").append(Html.esc(e.kind())).append("</b> ").append(Html.esc(e.label()))
                    .append(": ").append(Html.esc(e.reason())).append("</p>\n");
        }
        b.append("</div>\n");
    }

    static String onset(Optional<Onset> onset) {
        if (onset.isEmpty()) {
            return "<b>Started:</b> not dated (no time series or window behind it)";
        }
        return "<b>Started:</b> " + Html.esc(StoryWords.when(onset.get())) + " <span class=\"why\">"
                + Html.esc(StoryWords.how(onset.get())) + "</span>";
    }

    private static String detection(Optional<Onset> onset, Optional<AlertEvent> alert, Optional<Duration> ttd,
                                    String what) {
        String text = Html.esc(StoryWords.detection(onset, alert, ttd, what));
        int at = text.indexOf("Time to detect:");
        return at < 0 ? text : text.substring(0, at) + "<b>" + text.substring(at) + "</b>";
    }

    /** What explains a finding's window: ranked bars and a table. */
    static String attribution(Attribution a) {
        StringBuilder b = new StringBuilder("<div class=\"attribution\"><h4>What explains this window</h4><p>")
                .append(Html.esc(a.metricLabel())).append(": ").append(value(a, a.currentValue())).append(" in ")
                .append(Html.esc(a.current())).append(" against ").append(value(a, a.baselineValue())).append(" in ")
                .append(Html.esc(a.baseline())).append(" (").append(effect(a, a.difference())).append("). Values ranked by how ")
                .append("much they pushed it ").append(a.direction() > 0 ? "up" : "down")
                .append(" beyond their share of traffic").append(a.direction() * a.difference() < 0
                        ? "; the whole moved the other way, so these values are hidden in the aggregate." : ".")
                .append("</p>");
        List<Contribution> top = a.ranked().subList(0, Math.min(ATTRIBUTION_ROWS, a.ranked().size()));
        BarChart c = new BarChart("What explains this window", "moved " + a.metricLabel() + " by"
                + (a.percent() ? " (percentage points)" : ""), null, false);
        top.forEach(x -> c.row(x.slice(), a.percent() ? x.contribution() * 100 : x.contribution(), Double.NaN,
                x == top.get(0)));
        b.append(c.render(EvidenceCharts.WIDTH));
        b.append("<table><tr><th>Value</th><th>Moved it by</th><th>Share of the difference</th>"
                + "<th>Traffic (current / baseline)</th>"
                + "<th>Metric (current / baseline)</th><th>Rate effect</th><th>Mix effect</th></tr>");
        for (Contribution x : top) {
            b.append("<tr><td>").append(Html.esc(x.slice())).append("</td><td>").append(effect(a, x.contribution()))
                    .append("</td><td>").append(Fmt.pct(x.shareOfDifference()))
                    .append("</td><td>").append(Fmt.pct(x.currentShare())).append(" / ").append(Fmt.pct(x.baselineShare()))
                    .append("</td><td>").append(value(a, x.currentRate())).append(" / ").append(value(a, x.baselineRate()))
                    .append("</td><td>").append(effect(a, x.rateEffect())).append("</td><td>").append(effect(a, x.mixEffect()))
                    .append("</td></tr>");
        }
        return b.append("</table></div>").toString();
    }

    private static String value(Attribution a, double v) {
        if (Double.isNaN(v)) {
            return "—";
        }
        return a.percent() ? String.format(java.util.Locale.ROOT, "%.2f%%", v * 100) : Fmt.num(v, 4);
    }

    /** A part of the difference: percentage points for rates. */
    private static String effect(Attribution a, double v) {
        return a.percent() ? String.format(java.util.Locale.ROOT, "%+.3f pp", v * 100) : String.format(
                java.util.Locale.ROOT, "%+.4f", v);
    }

    /** The feature health matrix as a table, cells coloured by status. */
    static String matrix(CheckReport report) {
        FeatureHealth h = FeatureHealth.of(report);
        if (h.rows().isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<section><h2>Feature health</h2><p class=\"why\">Each feature against the data "
                + "checks: the worst verdict and its number. ✖ critical ▲ warning ● info ✓ nothing found — not examined"
                + "</p><table class=\"matrix\"><tr><th>Feature</th>");
        h.checks().forEach(c -> b.append("<th>").append(FeatureHealth.label(c)).append("</th>"));
        b.append("</tr>\n");
        for (FeatureHealth.FeatureRow r : h.rows()) {
            b.append("<tr><td>").append(Html.esc(r.feature())).append("</td>");
            for (FeatureHealth.Cell c : r.cells()) {
                String status = c.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
                String text = switch (c.status()) {
                    case NOT_EXAMINED -> "—";
                    case SKIPPED -> "skipped";
                    case CRITICAL -> "✖ " + c.text();
                    case WARNING -> "▲ " + c.text();
                    case INFO -> "● " + c.text();
                    case OK -> "✓ " + c.text();
                };
                b.append("<td class=\"m-").append(status).append("\" title=\"").append(Html.esc(c.text())).append("\">")
                        .append(Html.esc(text)).append("</td>");
            }
            b.append("</tr>\n");
        }
        return b.append("</table></section>\n").toString();
    }

    static String sev(Finding f) {
        return "<span class=\"sev " + f.severity().key() + "\">" + f.severity().key() + "</span>";
    }
}
