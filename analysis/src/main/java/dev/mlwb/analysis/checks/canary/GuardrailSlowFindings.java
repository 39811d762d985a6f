package dev.mlwb.analysis.checks.canary;

import dev.mlwb.analysis.bundle.Arms;
import dev.mlwb.analysis.check.CheckContext;
import dev.mlwb.analysis.check.CheckResult;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.data.Table;
import dev.mlwb.analysis.evidence.BusinessMetricWindows;
import dev.mlwb.analysis.evidence.MetricWindow;
import dev.mlwb.analysis.format.Fmt;
import dev.mlwb.analysis.stats.RiskRatioTestResult;
import dev.mlwb.analysis.stats.RiskRatioZTest;
import dev.mlwb.analysis.time.TimeRange;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Measures and words of the slow guardrail: one finding per business metric that breached, one for AUC. */
final class GuardrailSlowFindings {
    private final CheckContext ctx;
    private final Arms arms;
    private final long window;

    GuardrailSlowFindings(CheckContext ctx, Arms arms, long window) {
        this.ctx = ctx;
        this.arms = arms;
        this.window = window;
    }

    void rateMeasures(CheckResult.Builder result, BusinessMetric m, List<MetricWindow> windows, List<int[]> runs) {
        List<MetricWindow> judged = windows.stream().filter(MetricWindow::judged).toList();
        RateComparison all = SlowMetricWindows.pooled(judged, new int[] {0, judged.size() - 1});
        int longest = runs.stream().mapToInt(r -> r[1] - r[0] + 1).max().orElse(0);
        double p = runs.stream().mapToDouble(r -> beyondTolerance(SlowMetricWindows.pooled(windows, r)).pValueLower())
                .min().orElse(Double.NaN);
        result.measures(Subject.metric(m.name()), "baseline_rate", all.baselineRate(), "canary_rate", all.canaryRate(),
                "relative_change", all.relativeChange(), "judged_windows", judged.size(),
                "breached_windows", windows.stream().filter(MetricWindow::breached).count(),
                "longest_breach_run", longest, "pvalue", p);
    }

    /**
     * A finding for the runs of breached windows: critical when, pooled over a run, the canary's rate is
     * significantly beyond the tolerance at {@code alpha_critical}; a warning when the drop itself is significant
     * at {@code alpha}; nothing when the traffic cannot tell the drop from noise (the windows still show it). A run
     * is picked because it looks bad, so both levels are divided by the number of stretches of
     * {@code consecutive_windows} or more judged windows it could have been picked from (Bonferroni over the
     * scan).
     */
    Optional<Finding> rateFinding(BusinessMetric m, BusinessMetricWindows evidence, List<int[]> runs) {
        if (runs.isEmpty()) {
            return Optional.empty();
        }
        List<MetricWindow> w = evidence.windows();
        long scanned = SlowMetricWindows.stretches(w, (int) Math.max(1, Math.round(ctx.threshold("consecutive_windows"))));
        double limit = ctx.threshold("alpha") / Math.max(1, scanned);
        double criticalLimit = ctx.threshold("alpha_critical") / Math.max(1, scanned);
        boolean significant = runs.stream().anyMatch(r -> beyondTolerance(SlowMetricWindows.pooled(w, r)).pValueLower()
                < criticalLimit);
        List<int[]> dropping = runs.stream().filter(r -> anyDrop(SlowMetricWindows.pooled(w, r)).pValueLower() < limit)
                .toList();
        if (!significant && dropping.isEmpty()) {
            return Optional.empty();
        }
        int[] worst = (significant ? runs : dropping).stream()
                .min(Comparator.comparingDouble((int[] r) -> beyondTolerance(SlowMetricWindows.pooled(w, r)).pValueLower()))
                .orElseThrow();
        RateComparison pooled = SlowMetricWindows.pooled(w, worst);
        RiskRatioTestResult test = beyondTolerance(pooled);
        RiskRatioTestResult drop = anyDrop(pooled);
        int n = worst[1] - worst[0] + 1;
        TimeRange range = SlowMetricWindows.range(w, worst);
        String title = "Canary " + m.label() + " " + Fmt.pct(-pooled.relativeChange()) + " below the baseline for " + n
                + " consecutive " + window / 60 + "-minute windows (" + Fmt.period(range) + ")";
        double worstWindow = w.subList(worst[0], worst[1] + 1).stream().mapToDouble(MetricWindow::change).min().orElseThrow();
        StringBuilder s = new StringBuilder("From ").append(Fmt.period(range)).append(" the canary (").append(arms.canary())
                .append(")'s ").append(m.label()).append(" was ").append(pct3(pooled.canaryRate())).append(" against ")
                .append(pct3(pooled.baselineRate())).append(" for the baseline (").append(arms.baseline()).append("), ")
                .append(Fmt.change(pooled.relativeChange())).append(" over ").append(n).append(" consecutive windows, ")
                .append(Fmt.change(worstWindow)).append(" in the worst one; the guardrail allows ")
                .append(Fmt.pct(ctx.threshold("relative_drop"))).append(" for ")
                .append(Fmt.num(ctx.threshold("consecutive_windows"), 0)).append(" windows. Pooled over these windows ("
                        + Fmt.count(pooled.canaryTrials()) + " canary ").append(m.denominator()).append(") the drop is ")
                .append(significant ? "significantly" : "significant (" + Fmt.p(drop.pValueLower()) + ") but not "
                        + "significantly").append(" beyond the tolerance (log risk-ratio z-test, ")
                .append(Fmt.p(test.pValueLower())).append(" for a ratio below ").append(Fmt.num(test.hypothesis(), 3))
                .append("; critical below ").append(Fmt.num(criticalLimit, 6)).append(", ")
                .append(Fmt.num(ctx.threshold("alpha_critical"), 3)).append(" over the ").append(scanned)
                .append(" stretches of ").append(Fmt.num(ctx.threshold("consecutive_windows"), 0))
                .append(" or more windows it could have picked; a warning when the drop itself is significant below ")
                .append(Fmt.num(limit, 6)).append("). ");
        if (runs.size() > 1) {
            s.append(runs.size()).append(" such stretches in all. ");
        }
        s.append(significant ? "Infrastructure guardrails cannot see this: the canary serves fine and ranks worse."
                : "The drop is unlikely to be noise, but the canary's traffic cannot yet tell whether it exceeds the "
                + "tolerance.");
        Finding.Builder b = Finding.builder(GuardrailSlowCheck.ID, significant ? Severity.CRITICAL : Severity.WARNING, title)
                .summary(s.toString())
                .remedy(significant ? "Halt the promotion and roll the canary back (first confirm the previous model "
                        + "can read today's payload); then find which slices and which features drive the drop."
                        : "Hold the canary at its share and let the windows accumulate traffic before deciding; "
                        + "raise the canary's share if the decision cannot wait.")
                .subject(Subject.metric(m.name()))
                .measure("baseline_rate", pooled.baselineRate())
                .measure("canary_rate", pooled.canaryRate())
                .measure("relative_change", pooled.relativeChange())
                .measure("consecutive_windows", n)
                .measure("pvalue", test.pValueLower())
                .evidence(evidence);
        runs.forEach(r -> b.window(SlowMetricWindows.range(w, r)));
        return Optional.of(b.build());
    }

    Optional<Finding> aucFinding(Table t, ArmAuc auc, BusinessMetricWindows evidence) {
        double minRows = ctx.threshold("min_labelled_rows");
        if (!(auc.drop() > ctx.threshold("auc_drop")) || auc.baselineRows() < minRows || auc.canaryRows() < minRows
                || auc.baselineMinority() < 50 || auc.canaryMinority() < 50) {
            return Optional.empty();
        }
        double p = auc.dropPValue(0);
        if (!(p < ctx.threshold("alpha"))) {
            return Optional.empty();
        }
        double beyond = auc.dropPValue(ctx.threshold("auc_drop"));
        boolean critical = beyond < ctx.threshold("alpha");
        String title = "Canary AUC " + Fmt.num(auc.canaryAuc(), 3) + " vs baseline " + Fmt.num(auc.baselineAuc(), 3)
                + " (−" + Fmt.num(auc.drop(), 3) + ") on labelled predictions";
        String summary = "On " + Fmt.count(auc.canaryRows()) + " labelled canary predictions and "
                + Fmt.count(auc.baselineRows()) + " baseline ones in " + t.name() + ", the canary (" + arms.canary()
                + ") ranks worse: AUC " + Fmt.num(auc.canaryAuc(), 3) + " against " + Fmt.num(auc.baselineAuc(), 3)
                + ", a drop of " + Fmt.num(auc.drop(), 3) + " where the guardrail allows " + Fmt.num(ctx.threshold("auc_drop"), 3)
                + ". A one-sided Hanley–McNeil z-test finds the drop " + (critical ? "significantly beyond the tolerance ("
                + Fmt.p(beyond) + " against " + Fmt.num(ctx.threshold("auc_drop"), 3) + ")" : "significant (" + Fmt.p(p)
                + ") but not significantly beyond the tolerance (" + Fmt.p(beyond) + ")") + " at "
                + Fmt.num(ctx.threshold("alpha"), 3) + ". Business metrics follow model quality with a delay; this is "
                + "the earlier signal.";
        Finding.Builder b = Finding.builder(GuardrailSlowCheck.ID, critical ? Severity.CRITICAL : Severity.WARNING, title)
                .summary(summary)
                .remedy("Do not promote the canary; compare its predictions with the baseline's on the same requests "
                        + "(drift and skew checks) to find what it gets wrong.")
                .subject(Subject.metric("auc"))
                .measure("baseline_auc", auc.baselineAuc())
                .measure("canary_auc", auc.canaryAuc())
                .measure("auc_drop", auc.drop())
                .measure("pvalue", p)
                .measure("beyond_tolerance_pvalue", beyond)
                .evidence(evidence);
        List<MetricWindow> judged = evidence.windows().stream().filter(w -> w.canaryTrials() > 0 && w.baselineTrials() > 0)
                .toList();
        if (!judged.isEmpty()) {
            b.window(new TimeRange(judged.get(0).start(), judged.get(judged.size() - 1).end()));
        }
        return Optional.of(b.build());
    }

    /** The run's canary rate over the baseline's, tested against equal rates. */
    private static RiskRatioTestResult anyDrop(RateComparison c) {
        return RiskRatioZTest.test(Math.round(c.baselineSuccesses()), Math.max(1, Math.round(c.baselineTrials())),
                Math.round(c.canarySuccesses()), Math.max(1, Math.round(c.canaryTrials())), 1.0);
    }

    /** The run's canary rate over the baseline's, tested against the tolerated ratio (1 − relative drop). */
    private RiskRatioTestResult beyondTolerance(RateComparison c) {
        return RiskRatioZTest.test(Math.round(c.baselineSuccesses()), Math.max(1, Math.round(c.baselineTrials())),
                Math.round(c.canarySuccesses()), Math.max(1, Math.round(c.canaryTrials())),
                1 - ctx.threshold("relative_drop"));
    }

    /** A rate with enough digits for CTRs of a few percent: {@code 4.12%}. */
    private static String pct3(double rate) {
        return Double.isNaN(rate) ? "n/a" : String.format(java.util.Locale.ROOT, "%.2f%%", rate * 100);
    }
}
