package dev.mlwb.analysis.checks.canary;

import dev.mlwb.analysis.bundle.Arms;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.stats.BinomialTail;
import dev.mlwb.analysis.time.TimeRange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One guardrail judged window by window for each arm, and what the arms' breaches add up to.
 *
 * <p>An arm fails (critical) when its breaches are counted the way Flagger ({@code threshold}) and Argo Rollouts
 * ({@code failureLimit}) count failed measurements: the success rate after {@code failed_windows} significantly
 * breached windows; latency, CPU and memory when a breach lasts {@code persist_windows} consecutive windows.
 * Fewer success-rate breaches are a warning when one window is significant even against the number of windows
 * scanned (Bonferroni), else nothing. When the baseline and the canary fail at the same time, the platform is
 * the likelier cause: one warning names both arms (unless the canary's errors are significantly worse than the
 * baseline's, which keeps the canary's critical).
 */
final class GuardrailEvaluation {
    /** One arm's windows and its verdict. */
    record ArmJudgement(String arm, String role, List<FastWindow> windows, List<int[]> runs, Optional<Severity> severity) {
        List<FastWindow> breached() {
            return windows.stream().filter(FastWindow::breached).toList();
        }

        long judged() {
            return windows.stream().filter(FastWindow::judged).count();
        }

        int longestRun() {
            return runs.stream().mapToInt(r -> r[1] - r[0] + 1).max().orElse(0);
        }

        List<TimeRange> intervals() {
            return runs.stream().map(r -> new TimeRange(windows.get(r[0]).range().start(),
                    windows.get(r[1]).range().end())).toList();
        }

        double minPValue() {
            return windows.stream().filter(FastWindow::judged).mapToDouble(FastWindow::pValue)
                    .filter(p -> !Double.isNaN(p)).min().orElse(Double.NaN);
        }

        double requests() {
            return windows.stream().filter(FastWindow::judged).mapToDouble(FastWindow::requests).sum();
        }

        double errors() {
            return windows.stream().filter(FastWindow::judged).mapToDouble(FastWindow::errors).sum();
        }
    }

    /**
     * The canary's errors against the baseline's, pooled over the buckets both arms served.
     *
     * @param pValue the exact conditional test of "the canary's error rate is more than {@code ratio} times the
     *     baseline's"
     */
    record ArmComparison(double canaryRequests, double canaryErrors, double baselineRequests, double baselineErrors,
                         double ratio, double pValue) {
        double canaryRate() {
            return canaryRequests > 0 ? canaryErrors / canaryRequests : Double.NaN;
        }

        double baselineRate() {
            return baselineRequests > 0 ? baselineErrors / baselineRequests : Double.NaN;
        }

        double observedRatio() {
            return canaryRate() / baselineRate();
        }
    }

    final Guardrail guardrail;
    final double threshold;
    final FastWindows.Rules rules;
    final List<ArmJudgement> arms = new ArrayList<>();
    Optional<ArmComparison> comparison = Optional.empty();

    private GuardrailEvaluation(Guardrail guardrail, double threshold, FastWindows.Rules rules) {
        this.guardrail = guardrail;
        this.threshold = threshold;
        this.rules = rules;
    }

    static GuardrailEvaluation of(Guardrail g, Map<String, List<FastWindows.Bucket>> byArm, double threshold,
                                  long bucketMillis, FastWindows.Rules rules, Arms arms) {
        GuardrailEvaluation e = new GuardrailEvaluation(g, threshold, rules);
        byArm.forEach((arm, buckets) -> {
            List<FastWindow> w = FastWindows.windows(g, buckets, bucketMillis, threshold, rules);
            List<int[]> runs = FastWindows.runs(w);
            e.arms.add(new ArmJudgement(arm, role(arm, arms), w, runs, e.severity(w, runs)));
        });
        if (g.successRate() && byArm.containsKey(arms.baseline()) && byArm.containsKey(arms.canary())) {
            e.comparison = compare(byArm.get(arms.canary()), byArm.get(arms.baseline()), rules.errorRatio());
        }
        return e;
    }

    static String role(String arm, Arms arms) {
        if (arm.equals(arms.baseline())) {
            return "baseline";
        }
        return arm.equals(arms.canary()) ? "canary" : arm;
    }

    private Optional<Severity> severity(List<FastWindow> windows, List<int[]> runs) {
        long breached = windows.stream().filter(FastWindow::breached).count();
        if (guardrail.successRate()) {
            long judged = windows.stream().filter(FastWindow::judged).count();
            if (breached >= rules.failedWindows()) {
                return Optional.of(Severity.CRITICAL);
            }
            boolean overwhelming = windows.stream().anyMatch(w -> w.breached() && w.pValue() < rules.alpha() / judged);
            return overwhelming ? Optional.of(Severity.WARNING) : Optional.empty();
        }
        int longest = runs.stream().mapToInt(r -> r[1] - r[0] + 1).max().orElse(0);
        return longest >= rules.persistWindows() ? Optional.of(Severity.CRITICAL) : Optional.empty();
    }

    private static Optional<ArmComparison> compare(List<FastWindows.Bucket> canary, List<FastWindows.Bucket> baseline,
                                                   double ratio) {
        Map<Long, FastWindows.Bucket> base = new LinkedHashMap<>();
        baseline.forEach(b -> base.put(b.startMillis(), b));
        double[] s = new double[4];
        for (FastWindows.Bucket c : canary) {
            FastWindows.Bucket b = base.get(c.startMillis());
            if (b == null || !(c.requests() > 0) || !(b.requests() > 0)) {
                continue;
            }
            s[0] += c.requests();
            s[1] += Math.min(c.requests(), Math.max(0, zero(c.errors())));
            s[2] += b.requests();
            s[3] += Math.min(b.requests(), Math.max(0, zero(b.errors())));
        }
        long nc = Math.round(s[0]);
        long nb = Math.round(s[2]);
        if (nc < 1 || nb < 1) {
            return Optional.empty();
        }
        double p = BinomialTail.rateRatioGreater(Math.round(s[1]), nc, Math.round(s[3]), nb, ratio);
        return Optional.of(new ArmComparison(s[0], s[1], s[2], s[3], ratio, p));
    }

    private static double zero(double v) {
        return Double.isNaN(v) ? 0 : v;
    }

    Optional<ArmJudgement> role(String role) {
        return arms.stream().filter(a -> a.role().equals(role)).findFirst();
    }

    /** Whether the canary's errors are significantly more than {@code error_ratio} times the baseline's. */
    boolean canaryWorse() {
        return comparison.filter(c -> c.pValue() < rules.alpha()).isPresent();
    }

    List<TimeRange> allBreaches() {
        return arms.stream().flatMap(a -> a.intervals().stream()).toList();
    }

    /** Per arm role: worst value, breached and judged minutes and windows; the arms' error ratio. */
    Map<String, Double> measures() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (ArmJudgement a : arms) {
            double worst = Double.NaN;
            double breachMillis = 0;
            double judgedMillis = 0;
            for (FastWindow w : a.windows()) {
                if (w.judged()) {
                    worst = guardrail.worse(worst, w.value());
                    judgedMillis += w.endMillis() - w.startMillis();
                }
                if (w.breached()) {
                    breachMillis += w.endMillis() - w.startMillis();
                }
            }
            out.put(a.role() + "_worst", worst);
            out.put(a.role() + "_breach_minutes", breachMillis / 60_000.0);
            out.put(a.role() + "_judged_minutes", judgedMillis / 60_000.0);
            out.put(a.role() + "_breached_windows", (double) a.breached().size());
            out.put(a.role() + "_judged_windows", (double) a.judged());
            if (guardrail.successRate()) {
                out.put(a.role() + "_min_pvalue", a.minPValue());
            }
        }
        comparison.ifPresent(c -> {
            out.put("error_ratio", c.observedRatio());
            out.put("error_ratio_pvalue", c.pValue());
        });
        out.put("threshold", threshold);
        return out;
    }
}
