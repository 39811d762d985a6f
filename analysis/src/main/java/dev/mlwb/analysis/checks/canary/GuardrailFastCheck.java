package dev.mlwb.analysis.checks.canary;

import dev.mlwb.analysis.bundle.Role;
import java.util.Set;
import java.util.EnumSet;
import dev.mlwb.analysis.bundle.Arms;
import dev.mlwb.analysis.check.Check;
import dev.mlwb.analysis.check.CheckContext;
import dev.mlwb.analysis.check.CheckResult;
import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.check.ThresholdSpec;
import dev.mlwb.analysis.data.IncidentData;
import dev.mlwb.analysis.data.Row;
import dev.mlwb.analysis.data.Sql;
import dev.mlwb.analysis.data.Table;
import dev.mlwb.analysis.evidence.MetricSeries;
import dev.mlwb.analysis.evidence.Series;
import dev.mlwb.analysis.evidence.TimeMarker;
import dev.mlwb.analysis.time.TimeRange;
import dev.mlwb.analysis.timeline.DeploymentPhases;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code canary.guardrail-fast}: infrastructure SLO breaches per one-minute window: success rate,
 * p99 latency, CPU and memory, per arm. Every breach is critical (an SLO breach is an outage for the
 * users behind it); the finding says whether the canary, the baseline, or both breached.
 */
public final class GuardrailFastCheck implements Check {
    public static final String ID = "canary.guardrail-fast";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Infrastructure SLO breaches per 1-minute window (success rate, p99, CPU, memory)";
    }

    @Override
    public Set<Role> reads() {
        return EnumSet.of(Role.METRICS, Role.EVENTS);
    }

    @Override
    public List<ThresholdSpec> thresholds() {
        return List.of(
                new ThresholdSpec("min_success_rate", 0.99, "a minute with a lower success rate breaches"),
                new ThresholdSpec("max_p99_ms", 500, "a minute with p99 latency at or above this breaches"),
                new ThresholdSpec("max_cpu_pct", 90, "a minute with CPU at or above this (percent) breaches"),
                new ThresholdSpec("max_memory_pct", 95, "a minute with memory at or above this (percent) breaches"),
                new ThresholdSpec("bucket_seconds", 60, "the window length"),
                new ThresholdSpec("min_requests", 50, "success rate is judged in windows with at least this many requests"));
    }

    @Override
    public Optional<String> skipReason(IncidentData data) {
        return tables(data).isEmpty() ? Optional.of("no metrics source with a timestamp and requests + errors, "
                + "latency_p99_ms, cpu_pct or memory_pct") : Optional.empty();
    }

    private static List<Table> tables(IncidentData data) {
        return data.metrics().stream().filter(t -> t.has("timestamp") && !Guardrail.available(t).isEmpty()).toList();
    }

    @Override
    public CheckResult run(CheckContext ctx) throws SQLException {
        CheckResult.Builder result = CheckResult.builder();
        long bucket = Math.max(1, Math.round(ctx.threshold("bucket_seconds")));
        List<TimeMarker> markers = DeploymentPhases.markers(ctx.data());
        for (Table t : tables(ctx.data())) {
            for (Guardrail g : Guardrail.available(t)) {
                ctx.cancellation().throwIfCancelled();
                Map<String, List<double[]>> byArm = series(ctx, t, g, bucket);
                double threshold = scaledThreshold(ctx, g, byArm);
                GuardrailEvaluation eval = GuardrailEvaluation.of(g, byArm, threshold, Duration.ofSeconds(bucket),
                        ctx.manifest().arms());
                MetricSeries evidence = new MetricSeries(g.label() + " per " + bucket + " s" + (tables(ctx.data()).size() > 1
                        ? " (" + t.name() + ")" : ""), g.name(), g.unit(), g.name().equals("success_rate") ? threshold * 100 : threshold, g.above() ? "above" : "below",
                        bucket, toSeries(byArm, g), eval.allBreaches(), markers);
                result.evidence(evidence);
                eval.measures().forEach((name, v) -> result.measure(Subject.metric(g.name()), name, v));
                eval.findings(ID, evidence, ctx.manifest().arms()).forEach(result::finding);
            }
        }
        return result.build();
    }

    /** CPU and memory given as fractions (all values ≤ 1) are held to the threshold as a fraction. */
    private static double scaledThreshold(CheckContext ctx, Guardrail g, Map<String, List<double[]>> byArm) {
        double threshold = ctx.threshold(g.thresholdKey());
        if (g.name().equals("cpu_pct") || g.name().equals("memory_pct")) {
            double max = byArm.values().stream().flatMap(List::stream).mapToDouble(v -> v[1])
                    .filter(v -> !Double.isNaN(v)).max().orElse(Double.NaN);
            if (max <= 1.0) {
                return threshold / 100.0;
            }
        }
        return threshold;
    }

    /** Per arm: rows of (bucket start epoch ms, value, requests), in time order. */
    private static Map<String, List<double[]>> series(CheckContext ctx, Table t, Guardrail g, long bucket)
            throws SQLException {
        String arm = t.has("arm") ? "CAST(__arm AS VARCHAR)" : "'all traffic'";
        String requests = t.hasMetric("requests") ? "sum(" + t.metric("requests") + ")" : "NULL";
        double minRequests = ctx.threshold("min_requests");
        String sql = "SELECT " + Sql.epochMicros("time_bucket(to_seconds(CAST(? AS BIGINT)), __ts)") + " AS t, "
                + arm + " AS arm, " + g.aggregate() + " AS v, " + requests + " AS r FROM " + t.view()
                + " WHERE __ts IS NOT NULL GROUP BY ALL ORDER BY arm, t";
        Map<String, List<double[]>> out = new LinkedHashMap<>();
        for (Row r : ctx.db().query(sql, bucket)) {
            double value = r.dbl("v");
            if (g.name().equals("success_rate") && !(r.dbl("r") >= minRequests)) {
                value = Double.NaN;
            }
            Instant at = r.instant("t").orElseThrow();
            out.computeIfAbsent(r.str("arm", "(no arm)"), k -> new ArrayList<>())
                    .add(new double[] {at.toEpochMilli(), value, r.dbl("r")});
        }
        return out;
    }

    private static List<Series> toSeries(Map<String, List<double[]>> byArm, Guardrail g) {
        List<Series> out = new ArrayList<>();
        byArm.forEach((arm, rows) -> {
            long[] t = new long[rows.size()];
            double[] v = new double[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                t[i] = (long) rows.get(i)[0];
                v[i] = g.name().equals("success_rate") ? rows.get(i)[1] * 100 : rows.get(i)[1];
            }
            out.add(new Series(arm, t, v));
        });
        return out;
    }

    static String role(String arm, Arms arms) {
        if (arm.equals(arms.baseline())) {
            return "baseline";
        }
        return arm.equals(arms.canary()) ? "canary" : arm;
    }

    static TimeRange range(long startMillis, Duration bucket) {
        Instant s = Instant.ofEpochMilli(startMillis);
        return new TimeRange(s, s.plus(bucket));
    }
}
