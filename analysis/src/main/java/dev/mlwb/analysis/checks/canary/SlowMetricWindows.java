package dev.mlwb.analysis.checks.canary;

import dev.mlwb.analysis.bundle.Arms;
import dev.mlwb.analysis.data.Database;
import dev.mlwb.analysis.data.Row;
import dev.mlwb.analysis.data.Sql;
import dev.mlwb.analysis.data.Table;
import dev.mlwb.analysis.evidence.MetricWindow;
import dev.mlwb.analysis.time.TimeRange;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A business metric's rate per arm in consecutive windows of the slow guardrail, and the runs of
 * consecutive breached windows (a window missing or not judged ends a run).
 */
final class SlowMetricWindows {
    private SlowMetricWindows() {
    }

    /**
     * Per window: the baseline's and the canary's rate, judged when both arms have {@code minTrials}.
     *
     * @param drop the relative drop (positive) beyond which a window breaches
     */
    static List<MetricWindow> rates(Database db, Table t, BusinessMetric m, Arms arms, long windowSeconds,
                                    double minTrials, double drop) throws SQLException {
        Map<Long, double[]> sums = new TreeMap<>();
        for (Row r : db.query("SELECT " + Sql.epochMicros("time_bucket(to_seconds(CAST(? AS BIGINT)), __ts)") + " AS t, "
                + "CAST(__arm AS VARCHAR) = ? AS canary, sum(" + t.metric(m.numerator()) + ") AS k, sum("
                + t.metric(m.denominator()) + ") AS n FROM " + t.view() + " WHERE __ts IS NOT NULL AND "
                + "CAST(__arm AS VARCHAR) IN (?, ?) GROUP BY ALL", windowSeconds, arms.canary(), arms.baseline(),
                arms.canary())) {
            double[] s = sums.computeIfAbsent(r.instant("t").orElseThrow().toEpochMilli(), k -> new double[4]);
            int off = Boolean.TRUE.equals(r.get("canary")) ? 2 : 0;
            s[off] += zero(r.dbl("k"));
            s[off + 1] += zero(r.dbl("n"));
        }
        List<MetricWindow> out = new ArrayList<>();
        sums.forEach((start, s) -> {
            RateComparison c = new RateComparison(s[0], s[1], s[2], s[3]);
            boolean judged = s[1] >= minTrials && s[3] >= minTrials && !Double.isNaN(c.relativeChange());
            Instant from = Instant.ofEpochMilli(start);
            out.add(new MetricWindow(from, from.plusSeconds(windowSeconds), c.baselineRate(), c.canaryRate(), s[1], s[3],
                    c.relativeChange(), judged, judged && c.relativeChange() < -drop));
        });
        return out;
    }

    private static double zero(double v) {
        return Double.isNaN(v) ? 0 : v;
    }

    /** Index ranges [from, to] of consecutive, adjacent breached windows at least {@code min} long. */
    static List<int[]> runs(List<MetricWindow> windows, int min) {
        List<int[]> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= windows.size(); i++) {
            boolean breached = i < windows.size() && windows.get(i).breached();
            boolean adjacent = i > 0 && i < windows.size() && windows.get(i).start().equals(windows.get(i - 1).end());
            if (start >= 0 && (!breached || !adjacent)) {
                if (i - start >= min) {
                    out.add(new int[] {start, i - 1});
                }
                start = -1;
            }
            if (breached && start < 0) {
                start = i;
            }
        }
        return out;
    }

    /**
     * How many stretches of at least {@code min} consecutive, adjacent judged windows there are: the runs a scan
     * could pick from. A stretch of {@code n} judged windows holds {@code (n − min + 1)(n − min + 2) / 2}.
     */
    static long stretches(List<MetricWindow> windows, int min) {
        long total = 0;
        int n = 0;
        for (int i = 0; i <= windows.size(); i++) {
            boolean judged = i < windows.size() && windows.get(i).judged();
            boolean adjacent = i > 0 && i < windows.size() && windows.get(i).start().equals(windows.get(i - 1).end());
            if (!judged || n > 0 && !adjacent) {
                if (n >= min) {
                    total += (long) (n - min + 1) * (n - min + 2) / 2;
                }
                n = 0;
            }
            if (judged) {
                n++;
            }
        }
        return total;
    }

    /** The windows of a run pooled into one comparison. */
    static RateComparison pooled(List<MetricWindow> windows, int[] run) {
        double bk = 0;
        double bn = 0;
        double ck = 0;
        double cn = 0;
        for (int i = run[0]; i <= run[1]; i++) {
            MetricWindow w = windows.get(i);
            bk += w.baselineRate() * w.baselineTrials();
            bn += w.baselineTrials();
            ck += w.canaryRate() * w.canaryTrials();
            cn += w.canaryTrials();
        }
        return new RateComparison(bk, bn, ck, cn);
    }

    static TimeRange range(List<MetricWindow> windows, int[] run) {
        return new TimeRange(windows.get(run[0]).start(), windows.get(run[1]).end());
    }
}
