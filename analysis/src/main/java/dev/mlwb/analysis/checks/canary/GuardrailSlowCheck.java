package dev.mlwb.analysis.checks.canary;

import java.util.Set;
import java.util.EnumSet;
import dev.mlwb.analysis.bundle.Arms;
import dev.mlwb.analysis.bundle.Role;
import dev.mlwb.analysis.check.Check;
import dev.mlwb.analysis.check.CheckContext;
import dev.mlwb.analysis.check.CheckResult;
import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.check.ThresholdSpec;
import dev.mlwb.analysis.data.IncidentData;
import dev.mlwb.analysis.data.Table;
import dev.mlwb.analysis.evidence.BusinessMetricWindows;
import dev.mlwb.analysis.evidence.MetricWindow;
import dev.mlwb.analysis.evidence.TimeMarker;
import dev.mlwb.analysis.timeline.DeploymentPhases;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * {@code canary.guardrail-slow}: business metrics of the canary against the baseline over 10- to
 * 30-minute windows. CTR or conversion down by more than 5 % (relative) for at least three
 * consecutive windows is critical when, pooled over those windows, the canary's rate is significantly
 * more than 5 % below the baseline's (a log risk-ratio test at {@code alpha_critical} divided by the windows
 * scanned), a warning when the drop is significant (at {@code alpha} over the windows scanned) but not clearly
 * beyond the tolerance, and nothing when the traffic cannot tell it from noise; AUC of labelled predictions down
 * by more than 0.02 is critical when significantly so, a warning when the drop is significant.
 */
public final class GuardrailSlowCheck implements Check {
    public static final String ID = "canary.guardrail-slow";
    static final double MIN_WINDOW_MINUTES = 10;
    static final double MAX_WINDOW_MINUTES = 30;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Business metric decline over 10-30 minute windows (CTR, conversion, AUC)";
    }

    @Override
    public Set<Role> reads() {
        return EnumSet.of(Role.METRICS, Role.PREDICTIONS, Role.LABELS, Role.EVENTS);
    }

    @Override
    public List<ThresholdSpec> thresholds() {
        return List.of(
                new ThresholdSpec("window_minutes", 10, "window length, 10 to 30 (values outside are clamped)"),
                new ThresholdSpec("relative_drop", 0.05, "a window whose canary rate is lower by more than this breaches"),
                new ThresholdSpec("consecutive_windows", 3, "this many consecutive breached windows are a finding"),
                new ThresholdSpec("alpha", 0.05, "a run of breached windows is a warning when its pooled drop is "
                        + "significant at this level divided by the windows scanned"),
                new ThresholdSpec("min_window_trials", 200, "trials each arm needs in a window to judge it"),
                new ThresholdSpec("auc_drop", 0.02, "canary AUC lower than the baseline's by more than this is critical "
                        + "when significantly so (one-sided Hanley–McNeil z-test at alpha), a warning when the drop is "
                        + "significant but not beyond this"),
                new ThresholdSpec("alpha_critical", 0.01, "a run of breached windows is critical when its drop beyond "
                        + "the tolerance is significant at this level divided by the windows scanned"),
                new ThresholdSpec("min_labelled_rows", 1000, "labelled predictions each arm needs to judge AUC"));
    }

    @Override
    public Optional<String> skipReason(IncidentData data) {
        return rateTables(data).isEmpty() && aucTables(data).isEmpty()
                ? Optional.of("no metrics source with arm, timestamp and clicks + impressions or conversions, and no "
                + "predictions source with arm and labels")
                : Optional.empty();
    }

    static List<Table> rateTables(IncidentData data) {
        return data.metrics().stream().filter(t -> t.has("arm") && t.has("timestamp")
                && !BusinessMetric.available(t).isEmpty()).toList();
    }

    static List<Table> aucTables(IncidentData data) {
        return data.tables(Role.PREDICTIONS).stream().filter(t -> t.has("arm") && t.has("label")).toList();
    }

    /** The window length in seconds, clamped to 10-30 minutes. */
    static long windowSeconds(CheckContext ctx) {
        double minutes = Math.max(MIN_WINDOW_MINUTES, Math.min(MAX_WINDOW_MINUTES, ctx.threshold("window_minutes")));
        return Math.round(minutes * 60);
    }

    @Override
    public CheckResult run(CheckContext ctx) throws SQLException {
        CheckResult.Builder result = CheckResult.builder();
        Arms arms = ctx.manifest().arms();
        long window = windowSeconds(ctx);
        List<TimeMarker> markers = DeploymentPhases.markers(ctx.data());
        GuardrailSlowFindings words = new GuardrailSlowFindings(ctx, arms, window);
        for (Table t : rateTables(ctx.data())) {
            for (BusinessMetric m : BusinessMetric.available(t)) {
                ctx.cancellation().throwIfCancelled();
                List<MetricWindow> windows = SlowMetricWindows.rates(ctx.db(), t, m, arms, window,
                        ctx.threshold("min_window_trials"), ctx.threshold("relative_drop"));
                List<int[]> runs = SlowMetricWindows.runs(windows,
                        (int) Math.max(1, Math.round(ctx.threshold("consecutive_windows"))));
                BusinessMetricWindows evidence = new BusinessMetricWindows(m.label() + " per arm in "
                        + window / 60 + "-minute windows (" + t.name() + ")", m.name(), "relative", arms.baseline(),
                        arms.canary(), -ctx.threshold("relative_drop"), window, windows,
                        runs.stream().map(r -> SlowMetricWindows.range(windows, r)).toList(), markers);
                result.evidence(evidence);
                words.rateMeasures(result, m, windows, runs);
                words.rateFinding(m, evidence, runs).ifPresent(result::finding);
            }
        }
        for (Table t : aucTables(ctx.data())) {
            ctx.cancellation().throwIfCancelled();
            ArmAuc auc = ArmAuc.pooled(ctx.db(), t, arms);
            List<MetricWindow> windows = t.has("timestamp") ? ArmAuc.windows(ctx.db(), t, arms, window, 50,
                    ctx.threshold("auc_drop")) : List.of();
            BusinessMetricWindows evidence = new BusinessMetricWindows("AUC per arm in " + window / 60
                    + "-minute windows (" + t.name() + ")", "auc", "absolute", arms.baseline(), arms.canary(),
                    -ctx.threshold("auc_drop"), window, windows, List.of(), markers);
            result.evidence(evidence);
            result.measures(Subject.metric("auc"), "baseline_auc", auc.baselineAuc(), "canary_auc", auc.canaryAuc(),
                    "auc_drop", auc.drop(), "baseline_rows", auc.baselineRows(), "canary_rows", auc.canaryRows());
            words.aucFinding(t, auc, evidence).ifPresent(result::finding);
        }
        return result.build();
    }
}
