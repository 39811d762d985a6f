package dev.mlwb.analysis.checks.data;

import dev.mlwb.analysis.bundle.Role;
import java.util.Set;
import java.util.EnumSet;
import dev.mlwb.analysis.check.Check;
import dev.mlwb.analysis.check.CheckContext;
import dev.mlwb.analysis.check.CheckResult;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.check.ThresholdSpec;
import dev.mlwb.analysis.data.IncidentData;
import dev.mlwb.analysis.evidence.DriftOverTime;
import dev.mlwb.analysis.evidence.Evidence;
import dev.mlwb.analysis.evidence.HistogramPair;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code data.drift}: the distribution of a feature or of the model's score shifts between the
 * datasets a comparison names: PSI on the reference's deciles (one bin per category for
 * categorical features) with KS for numeric and chi-square and Jensen–Shannon for categorical
 * subjects. The same statistics per time window of the current dataset find a shift confined to
 * a few days (judged so that one noisy window does not raise the severity: {@link WindowJudgement}).
 * Severity follows PSI only; p-values are reported.
 */
public final class DriftCheck implements Check {
    public static final String ID = "data.drift";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Feature or prediction distribution shift between compared datasets, overall and over time";
    }

    @Override
    public Set<Role> reads() {
        return EnumSet.of(Role.FEATURES, Role.PREDICTIONS);
    }

    @Override
    public List<ThresholdSpec> thresholds() {
        return List.of(
                new ThresholdSpec("psi_warning", 0.1, "PSI at or above this is a warning"),
                new ThresholdSpec("psi_critical", 0.2, "PSI at or above this is critical"),
                new ThresholdSpec("window_hours", 0, "window length for drift over time; 0 chooses it from the span"),
                new ThresholdSpec("min_window_rows", 500, "a window needs this many values to be judged"));
    }

    @Override
    public Optional<String> skipReason(IncidentData data) {
        return DriftPlan.of(data).isEmpty()
                ? Optional.of("nothing to compare: no comparison (default training → serving, baseline → canary) "
                + "names two features datasets of the bundle, and no predictions exist for both sides")
                : Optional.empty();
    }

    @Override
    public CheckResult run(CheckContext ctx) throws SQLException {
        CheckResult.Builder result = CheckResult.builder();
        List<DriftPlan> plans = DriftPlan.of(ctx.data());
        for (int i = 0; i < plans.size(); i++) {
            DriftPlan plan = plans.get(i);
            String prefix = ComparedPair.measurePrefix(plans.stream().map(DriftPlan::comparison).toList(), i);
            Optional<Duration> window = DriftWindows.choose(ctx.db(), plan.subjects().get(0).current(),
                    ctx.threshold("window_hours"));
            List<DriftFinding.Judged> judged = new ArrayList<>();
            for (DriftPlan.Item item : plan.subjects()) {
                ctx.cancellation().throwIfCancelled();
                DriftStats stats = compute(ctx, item, window.orElse(null));
                Optional<Severity> severity = severity(ctx, stats);
                List<Evidence> evidence = evidence(ctx, plan, item, stats, severity, window);
                evidence.forEach(result::evidence);
                measures(result, prefix, item, stats);
                severity.ifPresent(s -> judged.add(new DriftFinding.Judged(plan, item, stats, s, window, evidence)));
            }
            DriftFinding.build(ID, judged, ctx).forEach(result::finding);
        }
        return result.build();
    }

    private static DriftStats compute(CheckContext ctx, DriftPlan.Item item, Duration window) throws SQLException {
        long minRows = Math.round(ctx.threshold("min_window_rows"));
        return item.numeric()
                ? NumericDrift.compute(ctx.db(), item.reference(), item.current(), window, minRows)
                : CategoricalDrift.compute(ctx.db(), item.reference(), item.current(), window, minRows);
    }

    /** The subject's severity: from the overall PSI, or from the windows where they reach a level (WindowJudgement). */
    static Optional<Severity> severity(CheckContext ctx, DriftStats s) {
        for (Severity level : List.of(Severity.CRITICAL, Severity.WARNING)) {
            double t = ctx.threshold(level == Severity.CRITICAL ? "psi_critical" : "psi_warning");
            if (nanToZero(s.psi()) >= t || WindowJudgement.reaches(s, t)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    private static double nanToZero(double v) {
        return Double.isNaN(v) ? 0 : v;
    }

    private static void measures(CheckResult.Builder result, String prefix, DriftPlan.Item item, DriftStats s) {
        List<Object> m = new ArrayList<>(List.of(prefix + "psi", s.psi()));
        if (s.numeric()) {
            m.addAll(List.of(prefix + "ks_statistic", s.ksStatistic(), prefix + "ks_pvalue", s.ksPValue()));
        } else {
            m.addAll(List.of(prefix + "chi2_pvalue", s.chi2PValue(), prefix + "js_distance", s.jsDistance()));
        }
        m.addAll(List.of(prefix + "reference_rows", s.reference().rows(), prefix + "current_rows", s.current().rows(),
                prefix + "reference_null_share", s.reference().nullShare(), prefix + "current_null_share",
                s.current().nullShare()));
        if (!s.windows().isEmpty()) {
            m.addAll(List.of(prefix + "max_window_psi", s.maxWindowPsi()));
        }
        result.measures(item.subject(), m.toArray());
    }

    private static List<Evidence> evidence(CheckContext ctx, DriftPlan plan, DriftPlan.Item item, DriftStats s,
                                           Optional<Severity> severity, Optional<Duration> window) {
        String verdict = !s.compared() ? "not-compared" : severity.map(Severity::key).orElse("ok");
        List<Evidence> out = new ArrayList<>();
        out.add(new HistogramPair(DriftFinding.display(item) + ", " + plan.label(), item.name(),
                s.numeric() ? "numeric" : "categorical", item.reference().name(), item.current().name(),
                s.reference().rows(), s.current().rows(), s.reference().nulls(), s.current().nulls(), s.bins(), s.psi(),
                s.ksStatistic(), s.ksPValue(), s.chi2PValue(), s.jsDistance(), s.identifierLike(), verdict));
        if (!s.windows().isEmpty()) {
            out.add(new DriftOverTime(DriftFinding.display(item) + " over time, " + plan.label(), item.name(),
                    item.reference().name(), item.current().name(), window.orElseThrow().toSeconds(),
                    ctx.threshold("psi_warning"), ctx.threshold("psi_critical"),
                    Math.round(ctx.threshold("min_window_rows")), s.windows()));
        }
        return out;
    }
}
