package dev.mlwb.analysis.story;

import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.evidence.BusinessMetricWindows;
import dev.mlwb.analysis.evidence.DriftOverTime;
import dev.mlwb.analysis.evidence.DriftWindow;
import dev.mlwb.analysis.evidence.Evidence;
import dev.mlwb.analysis.evidence.ImputationBatch;
import dev.mlwb.analysis.evidence.ImputationBatches;
import dev.mlwb.analysis.evidence.JobHistory;
import dev.mlwb.analysis.evidence.JobRun;
import dev.mlwb.analysis.evidence.LeakageTimeline;
import dev.mlwb.analysis.evidence.LookaheadDay;
import dev.mlwb.analysis.evidence.MetricSeries;
import dev.mlwb.analysis.evidence.MetricWindow;
import dev.mlwb.analysis.evidence.PopularityTrend;
import dev.mlwb.analysis.evidence.PopularityWindow;
import dev.mlwb.analysis.evidence.ReplicaLanes;
import dev.mlwb.analysis.evidence.Series;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The time series behind a finding, read from its evidence: guardrail metrics per arm, business-metric change
 * per window, drift per window, imputation per batch, leakage per day of computation, replica readiness, job
 * runs, exposure concentration per window. Points that were not judged (too little traffic) are left out.
 */
final class FindingSeries {
    private static final long DAY = 86_400_000L;

    private FindingSeries() {
    }

    static List<OnsetSeries> of(Finding f) {
        List<OnsetSeries> out = new ArrayList<>();
        for (Evidence e : f.evidence()) {
            if (e instanceof MetricSeries m) {
                metric(m, out);
            } else if (e instanceof BusinessMetricWindows b) {
                business(b, out);
            } else if (e instanceof DriftOverTime d) {
                drift(d, out);
            } else if (e instanceof ImputationBatches i) {
                imputation(i, out);
            } else if (e instanceof LeakageTimeline l) {
                leakage(l, out);
            } else if (e instanceof ReplicaLanes r) {
                out.addAll(ReplicaSeries.of(r, f));
            } else if (e instanceof JobHistory j) {
                jobs(j, out);
            } else if (e instanceof PopularityTrend p) {
                popularity(p, out);
            }
        }
        return out;
    }

    /** One series per arm (or slice) that breaches somewhere: the breaching one dates the finding. */
    private static void metric(MetricSeries m, List<OnsetSeries> out) {
        int direction = "below".equals(m.breachWhen()) ? -1 : 1;
        for (Series s : m.series()) {
            Points p = new Points();
            long[] t = s.epochMillis();
            double[] v = s.values();
            boolean breaches = false;
            for (int i = 0; i < v.length; i++) {
                if (Double.isFinite(v[i])) {
                    p.add(t[i], v[i], 1);
                    breaches |= !Double.isNaN(m.threshold()) && (direction > 0 ? v[i] >= m.threshold()
                            : v[i] < m.threshold());
                }
            }
            if (breaches || Double.isNaN(m.threshold())) {
                out.add(p.series(m.metric() + " of " + s.label() + " per " + m.bucket() + " s", m.bucket() * 1000L,
                        true, direction, m.threshold()));
            }
        }
    }

    /** The canary's change against the baseline per window, weighted by the effective trials of both arms. */
    private static void business(BusinessMetricWindows b, List<OnsetSeries> out) {
        Points p = new Points();
        for (MetricWindow w : b.windows()) {
            if (w.judged() && Double.isFinite(w.change()) && w.canaryTrials() > 0 && w.baselineTrials() > 0) {
                p.add(w.start().toEpochMilli(), w.change(), 1 / (1 / w.canaryTrials() + 1 / w.baselineTrials()));
            }
        }
        out.add(p.series(b.metric() + " change of " + b.canaryArm() + " against " + b.baselineArm() + " per "
                + b.windowSeconds() / 60 + "-minute window", b.windowSeconds() * 1000L, true, -1, b.threshold()));
    }

    private static void drift(DriftOverTime d, List<OnsetSeries> out) {
        Points p = new Points();
        for (DriftWindow w : d.windows()) {
            if (w.judged() && Double.isFinite(w.psi()) && w.rows() > 0) {
                p.add(w.start().toEpochMilli(), w.psi(), w.rows());
            }
        }
        out.add(p.series("PSI of " + d.subject() + " (" + d.current() + " against " + d.reference() + ") per "
                + Math.max(1, d.windowSeconds() / 3600) + " h window", d.windowSeconds() * 1000L, true, 1, d.warning()));
    }

    private static void imputation(ImputationBatches i, List<OnsetSeries> out) {
        Points p = new Points();
        for (ImputationBatch b : i.batches()) {
            if (b.start().isPresent() && b.total() > 0 && Double.isFinite(b.rate())) {
                p.add(b.start().get().toEpochMilli(), b.rate(), b.total());
            }
        }
        out.add(p.series("imputation rate of " + i.feature() + " per batch", p.spacing(), false, 1, i.threshold()));
    }

    /** Share of violating rows per day the values were computed: a backfill shows as the day it ran. */
    private static void leakage(LeakageTimeline l, List<OnsetSeries> out) {
        Points p = new Points();
        List<LookaheadDay> days = l.days().stream().filter(d -> d.rows() > 0).toList();
        long[] exact = new long[days.size()];
        for (int i = 0; i < days.size(); i++) {
            LookaheadDay d = days.get(i);
            p.add(d.day().toEpochMilli(), (double) d.violations() / d.rows(), d.rows());
            exact[i] = d.firstViolation().map(java.time.Instant::toEpochMilli).orElse(-1L);
        }
        OnsetSeries s = p.series("share of " + l.feature() + " values computed after their row's time, per day "
                + "of computation", DAY, true, 1, 0);
        out.add(new OnsetSeries(s.label(), s.epochMillis(), s.values(), s.weights(), s.resolutionMillis(), true, 1, 0,
                exact));
    }

    /** 1 for a failed run, 0 for a success: a streak of failures is a segment above one half. */
    private static void jobs(JobHistory j, List<OnsetSeries> out) {
        Points p = new Points();
        for (JobRun r : j.runs()) {
            p.add(r.at().toEpochMilli(), r.success() ? 0 : 1, 1);
        }
        long spacing = Double.isFinite(j.usualIntervalSeconds()) ? (long) (j.usualIntervalSeconds() * 1000) : p.spacing();
        out.add(p.series("failed runs of " + j.job(), spacing, false, 1, 0.5));
    }

    private static void popularity(PopularityTrend t, List<OnsetSeries> out) {
        Points p = new Points();
        for (PopularityWindow w : t.windows()) {
            if (w.exposures() > 0 && Double.isFinite(w.gini())) {
                p.add(w.start().toEpochMilli(), w.gini(), w.exposures());
            }
        }
        out.add(p.series("Gini of exposures of " + t.source() + " per window", t.windowSeconds() * 1000L, true, 1,
                Double.NaN));
    }

    /** Points collected in time order. */
    static final class Points {
        private long[] t = new long[16];
        private double[] v = new double[16];
        private double[] w = new double[16];
        private int n;

        void add(long time, double value, double weight) {
            if (n == t.length) {
                t = Arrays.copyOf(t, n * 2);
                v = Arrays.copyOf(v, n * 2);
                w = Arrays.copyOf(w, n * 2);
            }
            t[n] = time;
            v[n] = value;
            w[n] = weight;
            n++;
        }

        /** The median spacing between points (1 s with fewer than two). */
        long spacing() {
            if (n < 2) {
                return 1000;
            }
            long[] d = new long[n - 1];
            for (int i = 0; i + 1 < n; i++) {
                d[i] = t[i + 1] - t[i];
            }
            Arrays.sort(d);
            return Math.max(1, d[d.length / 2]);
        }

        OnsetSeries series(String label, long resolution, boolean bucketed, int direction, double threshold) {
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Long.compare(t[a], t[b]));
            long[] ts = new long[n];
            double[] vs = new double[n];
            double[] ws = new double[n];
            for (int i = 0; i < n; i++) {
                ts[i] = t[order[i]];
                vs[i] = v[order[i]];
                ws[i] = w[order[i]];
            }
            return new OnsetSeries(label, ts, vs, ws, Math.max(1, resolution), bucketed, direction, threshold);
        }
    }

    /** Whether a finding names a metric subject of this kind. */
    static boolean names(Finding f, String kind) {
        return f.subjects().stream().anyMatch(s -> s.kind().equals(kind));
    }

    static List<String> values(Finding f, String kind) {
        return f.subjects().stream().filter(s -> s.kind().equals(kind)).map(Subject::value).toList();
    }
}
