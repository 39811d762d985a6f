package dev.mlwb.analysis.checks.serving;

import dev.mlwb.analysis.data.IncidentData;
import dev.mlwb.analysis.data.Row;
import dev.mlwb.analysis.data.Sql;
import dev.mlwb.analysis.data.Table;
import dev.mlwb.analysis.evidence.ScaleStep;
import dev.mlwb.analysis.evidence.Series;
import dev.mlwb.analysis.time.TimeRange;
import dev.mlwb.analysis.timeline.EventInventory;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * p99 latency before and after each {@code scale} event: the mean p99 over a window before the
 * event against the worst p99 over the same length after it, from the first metrics source with
 * {@code latency_p99_ms} (the worst row of each bucket, across arms and slices).
 *
 * @param source the metrics source read, if any
 * @param times bucket starts (epoch ms); {@code p99} and {@code p50} (NaN where unmapped) per bucket
 * @param spikes per spiking step, the buckets after it where p99 exceeded the limit
 */
record ScaleUpLatency(Optional<String> source, long bucket, long[] times, double[] p99, double[] p50,
                      List<ScaleStep> steps, List<TimeRange> spikes) {
    private static final int MAX_POINTS = 2000;

    static ScaleUpLatency query(IncidentData data, Duration window, double maxRatio) throws SQLException {
        List<double[]> scale = scaleEvents(data);
        Optional<Table> metrics = data.metricsWith("latency_p99_ms").stream().filter(t -> t.has("timestamp")).findFirst();
        if (metrics.isEmpty()) {
            List<ScaleStep> steps = scale.stream().map(s -> new ScaleStep(Instant.ofEpochMilli((long) s[0]), s[1], s[2],
                    Double.NaN, Double.NaN, Double.NaN, false)).toList();
            return new ScaleUpLatency(Optional.empty(), 60, new long[0], new double[0], new double[0], steps, List.of());
        }
        Table t = metrics.get();
        long bucket = bucketSeconds(data, t);
        String p50 = t.hasMetric("latency_p50_ms") ? "avg(" + t.metric("latency_p50_ms") + ")" : "NULL";
        List<Row> rows = data.db().query("SELECT " + Sql.epochMicros("time_bucket(to_seconds(CAST(? AS BIGINT)), __ts)")
                + " AS t, max(" + t.metric("latency_p99_ms") + ") AS p99, " + p50 + " AS p50 FROM " + t.view()
                + " WHERE __ts IS NOT NULL GROUP BY 1 ORDER BY 1", bucket);
        long[] times = new long[rows.size()];
        double[] p99 = new double[rows.size()];
        double[] p50s = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            times[i] = rows.get(i).instant("t").orElseThrow().toEpochMilli();
            p99[i] = rows.get(i).dbl("p99");
            p50s[i] = rows.get(i).dbl("p50");
        }
        List<ScaleStep> steps = new ArrayList<>();
        List<TimeRange> spikes = new ArrayList<>();
        for (double[] s : scale) {
            steps.add(step(s, times, p99, window, bucket, maxRatio, spikes));
        }
        return new ScaleUpLatency(Optional.of(t.name()), bucket, times, p99, p50s, steps, spikes);
    }

    /**
     * The metrics' own resolution (the median time between consecutive timestamps), coarsened so that
     * the span needs at most {@value #MAX_POINTS} buckets.
     */
    private static long bucketSeconds(IncidentData data, Table t) throws SQLException {
        Row r = data.db().first("SELECT date_diff('second', min(ts), max(ts)) AS span, median(gap) AS native FROM "
                + "(SELECT ts, date_diff('second', lag(ts) OVER (ORDER BY ts), ts) AS gap FROM (SELECT DISTINCT __ts AS ts "
                + "FROM " + t.view() + " WHERE __ts IS NOT NULL))").orElseThrow();
        double span = r.dbl("span");
        double resolution = r.dbl("native");
        long coarse = (long) Math.ceil((Double.isNaN(span) ? 0 : span) / MAX_POINTS);
        return Math.max(1, Math.max(Double.isNaN(resolution) ? 60 : Math.round(resolution), coarse));
    }

    /** Per scale event: epoch ms, from, to (NaN when not given). */
    private static List<double[]> scaleEvents(IncidentData data) throws SQLException {
        List<double[]> out = new ArrayList<>();
        if (data.events().isEmpty()) {
            return out;
        }
        for (Row r : data.db().query("SELECT " + Sql.epochMicros("__ts") + " AS t, TRY_CAST("
                + EventInventory.attribute("from") + " AS DOUBLE) AS f, TRY_CAST(" + EventInventory.attribute("to")
                + " AS DOUBLE) AS v FROM " + data.events().get().view()
                + " WHERE __type = 'scale' AND __ts IS NOT NULL ORDER BY __ts")) {
            out.add(new double[] {r.instant("t").orElseThrow().toEpochMilli(), r.dbl("f"), r.dbl("v")});
        }
        return out;
    }

    private static ScaleStep step(double[] s, long[] times, double[] p99, Duration window, long bucket,
                                  double maxRatio, List<TimeRange> spikes) {
        long at = (long) s[0];
        long w = window.toMillis();
        double sum = 0;
        int n = 0;
        double worst = Double.NaN;
        for (int i = 0; i < times.length; i++) {
            if (Double.isNaN(p99[i])) {
                continue;
            }
            if (times[i] >= at - w && times[i] + bucket * 1000 <= at) {
                sum += p99[i];
                n++;
            } else if (times[i] >= at - bucket * 1000 + 1 && times[i] < at + w) {
                worst = Double.isNaN(worst) ? p99[i] : Math.max(worst, p99[i]);
            }
        }
        double before = n > 0 ? sum / n : Double.NaN;
        double ratio = before > 0 ? worst / before : Double.NaN;
        ScaleStep step = new ScaleStep(Instant.ofEpochMilli(at), s[1], s[2], before, worst, ratio, false);
        boolean spike = step.scaleUp() && ratio > maxRatio;
        if (spike) {
            long first = -1;
            long last = -1;
            for (int i = 0; i < times.length; i++) {
                if (times[i] >= at - bucket * 1000 + 1 && times[i] < at + w && p99[i] > maxRatio * before) {
                    first = first < 0 ? times[i] : first;
                    last = times[i];
                }
            }
            spikes.add(new TimeRange(Instant.ofEpochMilli(Math.max(first, at)), Instant.ofEpochMilli(last + bucket * 1000)));
        }
        return new ScaleStep(step.at(), step.from(), step.to(), before, worst, ratio, spike);
    }

    /** p99 and p50 as chart series (p50 left out when unmapped). */
    List<Series> series() {
        List<Series> out = new ArrayList<>();
        if (times.length == 0) {
            return out;
        }
        out.add(new Series("p99 (ms)", times, p99));
        boolean anyP50 = false;
        for (double v : p50) {
            anyP50 |= !Double.isNaN(v);
        }
        if (anyP50) {
            out.add(new Series("p50 (ms)", times, p50));
        }
        return out;
    }
}
