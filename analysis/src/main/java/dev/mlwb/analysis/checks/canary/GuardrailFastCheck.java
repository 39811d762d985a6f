package dev.mlwb.analysis.checks.canary;

import dev.mlwb.analysis.bundle.Role;
import java.util.Set;
import java.util.EnumSet;
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
import dev.mlwb.analysis.timeline.DeploymentPhases;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code canary.guardrail-fast}: infrastructure SLO breaches per one-minute window: success rate, p99 latency,
 * CPU and memory, per arm. A window's success rate breaches only with binomial evidence against the SLO, and an
 * arm fails after {@code failed_windows} such windows; latency, CPU and memory breaches must persist
 * {@code persist_windows} consecutive windows (see {@link GuardrailEvaluation}). Both arms failing together is a
 * platform warning; a canary that fails more often than the baseline without breaching the SLO is a warning.
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
                new ThresholdSpec("min_success_rate", 0.99, "the success-rate SLO"),
                new ThresholdSpec("max_p99_ms", 500, "a window with p99 latency at or above this breaches"),
                new ThresholdSpec("max_cpu_pct", 90, "a window with CPU at or above this (percent) breaches"),
                new ThresholdSpec("max_memory_pct", 95, "a window with memory at or above this (percent) breaches"),
                new ThresholdSpec("bucket_seconds", 60, "the window length"),
                new ThresholdSpec("min_requests", 100, "requests a success-rate window needs to be judged; thinner "
                        + "consecutive buckets are pooled until they hold this many"),
                new ThresholdSpec("max_pooled_buckets", 10, "at most this many buckets are pooled into one window"),
                new ThresholdSpec("alpha", 0.01, "a window's success rate breaches when its errors exceed 1 − SLO at "
                        + "this one-sided significance (exact binomial test)"),
                new ThresholdSpec("failed_windows", 2, "significantly breached success-rate windows in an arm that "
                        + "make it critical (Flagger's threshold, Argo's failureLimit + 1)"),
                new ThresholdSpec("persist_windows", 2, "consecutive breached windows that make a latency, CPU or "
                        + "memory breach critical"),
                new ThresholdSpec("min_p99_requests", 100, "rows with at least this many requests give a window's p99 "
                        + "(their largest); a window of thinner rows uses their request-weighted mean"),
                new ThresholdSpec("error_ratio", 2, "a canary whose error rate is significantly more than this many "
                        + "times the baseline's is a warning, even within the SLO"));
    }

    @Override
    public Optional<String> skipReason(IncidentData data) {
        return tables(data).isEmpty() ? Optional.of("no metrics source with a timestamp and requests + errors, "
                + "latency_p99_ms, cpu_pct or memory_pct") : Optional.empty();
    }

    private static List<Table> tables(IncidentData data) {
        return data.metrics().stream().filter(t -> t.has("timestamp") && !Guardrail.available(t, 0).isEmpty()).toList();
    }

    static FastWindows.Rules rules(CheckContext ctx) {
        return new FastWindows.Rules(ctx.threshold("alpha"), ctx.threshold("min_requests"),
                (int) Math.max(1, Math.round(ctx.threshold("max_pooled_buckets"))),
                (int) Math.max(1, Math.round(ctx.threshold("failed_windows"))),
                (int) Math.max(1, Math.round(ctx.threshold("persist_windows"))), ctx.threshold("error_ratio"));
    }

    @Override
    public CheckResult run(CheckContext ctx) throws SQLException {
        CheckResult.Builder result = CheckResult.builder();
        long bucket = Math.max(1, Math.round(ctx.threshold("bucket_seconds")));
        List<TimeMarker> markers = DeploymentPhases.markers(ctx.data());
        FastWindows.Rules rules = rules(ctx);
        List<Table> tables = tables(ctx.data());
        for (Table t : tables) {
            for (Guardrail g : Guardrail.available(t, ctx.threshold("min_p99_requests"))) {
                ctx.cancellation().throwIfCancelled();
                Map<String, List<FastWindows.Bucket>> byArm = buckets(ctx, t, g, bucket);
                double threshold = scaledThreshold(ctx, g, byArm);
                GuardrailEvaluation eval = GuardrailEvaluation.of(g, byArm, threshold, bucket * 1000, rules,
                        ctx.manifest().arms());
                MetricSeries evidence = new MetricSeries(g.label() + " per " + bucket + " s"
                        + (tables.size() > 1 ? " (" + t.name() + ")" : ""), g.name(), g.unit(),
                        g.successRate() ? threshold * 100 : threshold, g.above() ? "above" : "below", bucket,
                        toSeries(eval), eval.allBreaches(), markers);
                result.evidence(evidence);
                eval.measures().forEach((name, v) -> result.measure(Subject.metric(g.name()), name, v));
                new GuardrailFastFindings(ID, eval, ctx.manifest().arms(), evidence).findings().forEach(result::finding);
            }
        }
        return result.build();
    }

    /** CPU and memory given as fractions (all values ≤ 1) are held to the threshold as a fraction. */
    private static double scaledThreshold(CheckContext ctx, Guardrail g, Map<String, List<FastWindows.Bucket>> byArm) {
        double threshold = ctx.threshold(g.thresholdKey());
        if (g.name().equals("cpu_pct") || g.name().equals("memory_pct")) {
            double max = byArm.values().stream().flatMap(List::stream).mapToDouble(FastWindows.Bucket::value)
                    .filter(v -> !Double.isNaN(v)).max().orElse(Double.NaN);
            if (max <= 1.0) {
                return threshold / 100.0;
            }
        }
        return threshold;
    }

    /** Per arm: the buckets (start, value, requests, errors), in time order. */
    private static Map<String, List<FastWindows.Bucket>> buckets(CheckContext ctx, Table t, Guardrail g, long bucket)
            throws SQLException {
        String arm = t.has("arm") ? "CAST(__arm AS VARCHAR)" : "'all traffic'";
        String requests = t.hasMetric("requests") ? "sum(" + t.metric("requests") + ")" : "NULL";
        String errors = g.successRate() ? "sum(" + t.metric("errors") + ")" : "NULL";
        String value = g.successRate() ? "NULL" : g.aggregate();
        String sql = "SELECT " + Sql.epochMicros("time_bucket(to_seconds(CAST(? AS BIGINT)), __ts)") + " AS t, "
                + arm + " AS arm, " + value + " AS v, " + requests + " AS r, " + errors + " AS e FROM " + t.view()
                + " WHERE __ts IS NOT NULL GROUP BY ALL ORDER BY arm, t";
        Map<String, List<FastWindows.Bucket>> out = new LinkedHashMap<>();
        for (Row r : ctx.db().query(sql, bucket)) {
            Instant at = r.instant("t").orElseThrow();
            double v = g.successRate() ? 1 - r.dbl("e") / r.dbl("r") : r.dbl("v");
            out.computeIfAbsent(r.str("arm", "(no arm)"), k -> new ArrayList<>())
                    .add(new FastWindows.Bucket(at.toEpochMilli(), v, r.dbl("r"), r.dbl("e")));
        }
        return out;
    }

    /** One series per arm: the judged windows' values (success rate in percent), thin windows left out. */
    private static List<Series> toSeries(GuardrailEvaluation eval) {
        List<Series> out = new ArrayList<>();
        for (GuardrailEvaluation.ArmJudgement a : eval.arms) {
            List<FastWindow> shown = a.windows().stream().filter(w -> w.judged() || !eval.guardrail.successRate())
                    .toList();
            long[] t = new long[shown.size()];
            double[] v = new double[shown.size()];
            for (int i = 0; i < shown.size(); i++) {
                t[i] = shown.get(i).startMillis();
                v[i] = eval.guardrail.successRate() ? shown.get(i).value() * 100 : shown.get(i).value();
            }
            out.add(new Series(a.arm(), t, v));
        }
        return out;
    }
}
