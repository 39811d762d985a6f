package dev.mlwb.analysis.checks.canary;

import dev.mlwb.analysis.bundle.Role;
import java.util.EnumSet;
import dev.mlwb.analysis.bundle.SliceKey;
import dev.mlwb.analysis.check.Check;
import dev.mlwb.analysis.check.CheckContext;
import dev.mlwb.analysis.check.CheckResult;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.check.ThresholdSpec;
import dev.mlwb.analysis.data.IncidentData;
import dev.mlwb.analysis.data.Row;
import dev.mlwb.analysis.data.Sql;
import dev.mlwb.analysis.evidence.SliceBreakdown;
import dev.mlwb.analysis.evidence.SliceRow;
import dev.mlwb.analysis.stats.MultipleTesting;
import dev.mlwb.analysis.time.TimeRange;
import dev.mlwb.analysis.timeline.DeploymentPhases;
import dev.mlwb.analysis.timeline.Phase;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code canary.traffic-mix}: the canary's traffic is not stratified, so some slices' share of
 * canary traffic is far below their share of baseline traffic. Judged per slice dimension, per
 * deployment phase and per time window, so a canary that was skewed before promotion and balanced
 * after is still found.
 */
public final class TrafficMixCheck implements Check {
    public static final String ID = "canary.traffic-mix";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Canary traffic not stratified: slice shares in the canary differ from the baseline";
    }

    @Override
    public Set<Role> reads() {
        return EnumSet.of(Role.METRICS, Role.EVENTS);
    }

    @Override
    public List<ThresholdSpec> thresholds() {
        return List.of(
                new ThresholdSpec("min_baseline_share", 0.05, "a slice with at least this share of baseline traffic ..."),
                new ThresholdSpec("max_canary_share", 0.01, "... must have at least this share of canary traffic"),
                new ThresholdSpec("min_share_ratio", 0.5, "canary share / baseline share below this is critical"),
                new ThresholdSpec("ratio_min_baseline_share", 0.01,
                        "the share ratio rule applies to slices with at least this baseline share"),
                new ThresholdSpec("window_minutes", 60, "length of the windows judged within each phase"),
                new ThresholdSpec("min_arm_traffic", 100, "a phase or window is judged when each arm has this much traffic"),
                new ThresholdSpec("alpha", 0.01, "a slice is flagged only when its lower canary share is significant "
                        + "at this level (one-sided two-proportion z-test, Holm-adjusted over every slice, phase and "
                        + "window the check compares): the noise floor of thin windows"));
    }

    @Override
    public Optional<String> skipReason(IncidentData data) {
        return ArmTraffic.find(data).isPresent() ? Optional.empty() : Optional.of(ArmTraffic.missing());
    }

    @Override
    public CheckResult run(CheckContext ctx) throws SQLException {
        ArmTraffic traffic = ArmTraffic.find(ctx.data()).orElseThrow();
        List<Phase> phases = traffic.timed() ? phases(ctx, traffic) : List.of();
        Duration window = Duration.ofSeconds(Math.round(ctx.threshold("window_minutes") * 60));
        SliceMix.Rules plain = new SliceMix.Rules(ctx.threshold("min_baseline_share"),
                ctx.threshold("max_canary_share"), ctx.threshold("min_share_ratio"),
                ctx.threshold("ratio_min_baseline_share"), ctx.threshold("alpha"), p -> p);
        Set<SliceKey> critical = Set.copyOf(ctx.manifest().criticalSlices());
        double minTraffic = ctx.threshold("min_arm_traffic");
        List<List<String>> dimensions = dimensions(traffic.slices());
        List<PhasedMix> mixes = new ArrayList<>();
        List<Double> raw = new ArrayList<>();
        SliceMix.Rules collecting = plain.adjusting(p -> {
            raw.add(p);
            return p;
        });
        for (List<String> dimension : dimensions) {
            ctx.cancellation().throwIfCancelled();
            PhasedMix mix = PhasedMix.query(ctx.db(), traffic, ctx.manifest().arms(), phases, window, dimension);
            mixes.add(mix);
            MixJudgement.judge(mix, collecting, critical, minTraffic);
        }
        SliceMix.Rules rules = plain.adjusting(holm(raw));
        CheckResult.Builder result = CheckResult.builder();
        List<Finding> singleDimension = new ArrayList<>();
        for (int d = 0; d < dimensions.size(); d++) {
            List<String> dimension = dimensions.get(d);
            MixJudgement judged = MixJudgement.judge(mixes.get(d), rules, critical, minTraffic);
            judged.primary().ifPresent(p -> record(result, traffic, ctx, dimension, p));
            if (judged.violated() && (dimension.size() == 1 || singleDimension.isEmpty())) {
                Finding f = MixFinding.build(ID, traffic, ctx.manifest().arms(), dimension, judged, raw.size());
                result.finding(f);
                if (dimension.size() == 1) {
                    singleDimension.add(f);
                }
            }
        }
        return result.build();
    }

    private void record(CheckResult.Builder result, ArmTraffic traffic, CheckContext ctx, List<String> dimension,
                        MixJudgement.Judged phase) {
        result.evidence(MixFinding.breakdown(traffic, ctx.manifest().arms(), dimension, phase));
        if (dimension.size() > 1) {
            return;
        }
        for (SliceRow r : phase.rows()) {
            Subject s = Subject.slice(SliceKey.parse(r.slice()).orElseThrow());
            result.measures(s, "baseline_share", r.baselineShare(), "canary_share", r.canaryShare(),
                    "share_ratio", r.shareRatio(), "chi2_pvalue", phase.chi2PValue(), "share_pvalue", r.pValue());
        }
    }

    /**
     * The Holm adjustment of a family of p-values, as a function of a raw p-value (ties share their adjusted
     * value, so the raw value identifies it).
     */
    private static java.util.function.DoubleUnaryOperator holm(List<Double> raw) {
        double[] p = raw.stream().mapToDouble(Double::doubleValue).toArray();
        double[] adjusted = MultipleTesting.holm(p);
        java.util.Map<Double, Double> byRaw = new java.util.HashMap<>();
        for (int i = 0; i < p.length; i++) {
            byRaw.put(p[i], adjusted[i]);
        }
        return x -> Double.isNaN(x) ? Double.NaN : byRaw.getOrDefault(x, Double.NaN);
    }

    /** Each slice column alone, and all of them together when there are several. */
    static List<List<String>> dimensions(List<String> slices) {
        List<List<String>> out = new ArrayList<>();
        slices.forEach(s -> out.add(List.of(s)));
        if (slices.size() > 1) {
            out.add(List.copyOf(new LinkedHashSet<>(slices)));
        }
        return out;
    }

    private static List<Phase> phases(CheckContext ctx, ArmTraffic traffic) throws SQLException {
        Optional<Row> span = ctx.db().first("SELECT " + Sql.epochMicros("min(__ts)") + " AS lo, "
                + Sql.epochMicros("max(__ts)") + " AS hi FROM " + traffic.relation());
        if (span.isEmpty() || span.get().isNull("lo")) {
            return List.of();
        }
        TimeRange range = new TimeRange(span.get().instant("lo").orElseThrow(),
                span.get().instant("hi").orElseThrow().plusMillis(1));
        return DeploymentPhases.of(ctx.data(), range).phases();
    }
}
