package dev.mlwb.analysis.report;

import dev.mlwb.analysis.evidence.BusinessMetricWindows;
import dev.mlwb.analysis.evidence.DriftOverTime;
import dev.mlwb.analysis.evidence.DriftWindow;
import dev.mlwb.analysis.evidence.Evidence;
import dev.mlwb.analysis.evidence.ImputationBatch;
import dev.mlwb.analysis.evidence.ImputationBatches;
import dev.mlwb.analysis.evidence.LookaheadDay;
import dev.mlwb.analysis.evidence.LeakageTimeline;
import dev.mlwb.analysis.evidence.MetricSeries;
import dev.mlwb.analysis.evidence.MetricWindow;
import dev.mlwb.analysis.evidence.PopularityTrend;
import dev.mlwb.analysis.evidence.PopularityWindow;
import dev.mlwb.analysis.evidence.Series;
import dev.mlwb.analysis.evidence.TimeMarker;
import dev.mlwb.analysis.format.Fmt;
import dev.mlwb.analysis.report.svg.Svg;
import dev.mlwb.analysis.report.svg.TimeChart;
import dev.mlwb.analysis.story.Onset;
import dev.mlwb.analysis.time.TimeRange;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The time charts of the evidence kinds that are series: a guardrail metric per arm, a business metric per window,
 * drift per window, imputation per batch, leakage per day, exposure concentration per window; each with the
 * finding's onset marked.
 */
final class EvidenceCharts {
    static final int WIDTH = 760;
    static final int HEIGHT = 230;

    private EvidenceCharts() {
    }

    /** The chart of a series evidence, or empty for other kinds. */
    static Optional<String> timeChart(Evidence e, Optional<Onset> onset) {
        TimeChart c = null;
        if (e instanceof MetricSeries m) {
            c = metric(m);
        } else if (e instanceof BusinessMetricWindows b) {
            c = business(b);
        } else if (e instanceof DriftOverTime d) {
            c = drift(d);
        } else if (e instanceof ImputationBatches i) {
            c = imputation(i);
        } else if (e instanceof LeakageTimeline l && !l.days().isEmpty()) {
            c = leakage(l);
        } else if (e instanceof PopularityTrend p) {
            c = popularity(p);
        }
        if (c == null || c.isEmpty()) {
            return Optional.empty();
        }
        TimeChart chart = c;
        onset.ifPresent(o -> chart.marker(o.at().toEpochMilli(), "onset " + Fmt.time(o.at()), Svg.CRITICAL));
        return Optional.of(chart.render(WIDTH, HEIGHT));
    }

    private static TimeChart metric(MetricSeries m) {
        TimeChart c = new TimeChart(m.title(), false);
        for (Series s : m.series()) {
            c.line(s.label() + " (" + m.unit() + ")", s.epochMillis(), s.values());
        }
        if (!Double.isNaN(m.threshold())) {
            c.threshold(m.threshold(), (m.breachWhen().equals("below") ? "below " : "at or above ")
                    + Fmt.num(m.threshold(), 2) + " " + m.unit() + " breaches");
        }
        if (m.unit().equals("%")) {
            c.tight();
        }
        bands(c, m.breaches(), "breach");
        markers(c, m.markers());
        return c;
    }

    private static TimeChart business(BusinessMetricWindows b) {
        boolean rate = !b.metric().equals("auc");
        TimeChart c = new TimeChart(b.title(), rate);
        List<MetricWindow> w = b.windows();
        c.line(b.baselineArm() + " (baseline)", times(w), values(w, MetricWindow::baselineRate));
        c.line(b.canaryArm() + " (canary)", times(w), values(w, MetricWindow::canaryRate));
        bands(c, b.runs(), "windows breaching");
        markers(c, b.markers());
        return c;
    }

    private static TimeChart drift(DriftOverTime d) {
        List<DriftWindow> w = d.windows().stream().filter(DriftWindow::judged).toList();
        long[] t = w.stream().mapToLong(x -> x.start().toEpochMilli()).toArray();
        double[] v = w.stream().mapToDouble(DriftWindow::psi).toArray();
        return new TimeChart(d.title(), false).line("PSI of " + d.subject() + " per window", t, v)
                .threshold(d.critical(), "critical " + Fmt.num(d.critical(), 2));
    }

    private static TimeChart imputation(ImputationBatches i) {
        List<ImputationBatch> b = i.batches().stream().filter(x -> x.start().isPresent()).toList();
        long[] t = b.stream().mapToLong(x -> x.start().get().toEpochMilli()).toArray();
        double[] v = b.stream().mapToDouble(ImputationBatch::rate).toArray();
        return new TimeChart(i.title(), true).line("imputed share of " + i.feature() + " per batch", t, v)
                .threshold(i.threshold(), "limit " + Fmt.pct(i.threshold()));
    }

    private static TimeChart leakage(LeakageTimeline l) {
        List<LookaheadDay> d = l.days();
        long[] t = d.stream().mapToLong(x -> x.day().toEpochMilli()).toArray();
        double[] v = d.stream().mapToDouble(x -> x.rows() > 0 ? (double) x.violations() / x.rows() : Double.NaN)
                .toArray();
        return new TimeChart(l.title(), true).line("values of " + l.feature() + " computed after their row's time, "
                + "per day of computation", t, v);
    }

    private static TimeChart popularity(PopularityTrend p) {
        List<PopularityWindow> w = p.windows();
        long[] t = w.stream().mapToLong(x -> x.start().toEpochMilli()).toArray();
        TimeChart c = new TimeChart(p.title(), false);
        c.line("Gini of exposures", t, w.stream().mapToDouble(PopularityWindow::gini).toArray());
        c.line("catalog coverage", t, w.stream().mapToDouble(PopularityWindow::coverage).toArray());
        c.line("top 1% share", t, w.stream().mapToDouble(PopularityWindow::top1PctShare).toArray());
        return c;
    }

    private static long[] times(List<MetricWindow> w) {
        return w.stream().mapToLong(x -> x.start().toEpochMilli()).toArray();
    }

    private static double[] values(List<MetricWindow> w, ToDoubleFunction<MetricWindow> f) {
        return w.stream().mapToDouble(f).toArray();
    }

    private static void bands(TimeChart c, List<TimeRange> ranges, String label) {
        int n = 0;
        for (TimeRange r : ranges) {
            if (n++ >= 200) {
                break;
            }
            c.band(r.start().toEpochMilli(), r.end().toEpochMilli(), Svg.CRITICAL, label + " " + Fmt.period(r));
        }
    }

    private static void markers(TimeChart c, List<TimeMarker> markers) {
        for (TimeMarker m : markers) {
            c.marker(m.at().toEpochMilli(), m.kind() + " " + Fmt.time(m.at()), Svg.MUTED);
        }
    }
}
