package dev.mlwb.analysis.checks.canary;

import dev.mlwb.analysis.bundle.Arms;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.evidence.MetricSeries;
import dev.mlwb.analysis.format.Fmt;
import dev.mlwb.analysis.stats.ClopperPearson;
import dev.mlwb.analysis.time.TimeRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Findings and words of the fast guardrail, from one guardrail's evaluation. */
final class GuardrailFastFindings {
    private final GuardrailEvaluation e;
    private final Guardrail g;
    private final Arms arms;
    private final String check;
    private final MetricSeries evidence;

    GuardrailFastFindings(String check, GuardrailEvaluation e, Arms arms, MetricSeries evidence) {
        this.check = check;
        this.e = e;
        this.g = e.guardrail;
        this.arms = arms;
        this.evidence = evidence;
    }

    List<Finding> findings() {
        List<Finding> out = new ArrayList<>();
        Optional<GuardrailEvaluation.ArmJudgement> base = e.role("baseline").filter(a -> a.severity().isPresent());
        Optional<GuardrailEvaluation.ArmJudgement> canary = e.role("canary").filter(a -> a.severity().isPresent());
        boolean platform = base.isPresent() && canary.isPresent() && overlaps(base.get(), canary.get());
        if (platform) {
            out.add(bothArms(base.get(), canary.get()));
        }
        for (GuardrailEvaluation.ArmJudgement a : e.arms) {
            if (a.severity().isEmpty()) {
                continue;
            }
            boolean isCanary = a.role().equals("canary");
            if (platform && !(isCanary && e.canaryWorse())) {
                continue;
            }
            out.add(arm(a, a.role().equals("baseline") && canary.isEmpty() && e.role("canary").isPresent()));
        }
        boolean canaryRaised = out.stream().anyMatch(f -> f.title().contains("the canary"));
        if (g.successRate() && e.canaryWorse() && !canaryRaised && canary.isEmpty()) {
            out.add(worseThanBaseline(e.comparison.orElseThrow()));
        }
        return out;
    }

    /** Whether the canary served traffic while this arm breached but too little of it to be judged. */
    private boolean canaryThinDuring(GuardrailEvaluation.ArmJudgement a) {
        return e.role("canary").map(c -> {
            List<FastWindow> during = c.windows().stream()
                    .filter(w -> a.intervals().stream().anyMatch(i -> i.overlaps(w.range()))).toList();
            return !during.isEmpty() && during.stream().noneMatch(FastWindow::judged);
        }).orElse(false);
    }

    private static boolean overlaps(GuardrailEvaluation.ArmJudgement x, GuardrailEvaluation.ArmJudgement y) {
        return x.intervals().stream().anyMatch(i -> y.intervals().stream().anyMatch(i::overlaps));
    }

    private String where(GuardrailEvaluation.ArmJudgement a) {
        return a.arm().equals("all traffic") ? "" : " in the " + a.role() + (a.role().equals(a.arm()) ? "" : " (" + a.arm() + ")");
    }

    private String capitalLabel() {
        return g.label().substring(0, 1).toUpperCase(Locale.ROOT) + g.label().substring(1);
    }

    private String rule() {
        return (g.above() ? " at or above " : " below ") + show(e.threshold);
    }

    private static double minutes(List<FastWindow> windows) {
        return windows.stream().mapToDouble(w -> (w.endMillis() - w.startMillis()) / 60_000.0).sum();
    }

    private double worst(List<FastWindow> windows) {
        return windows.stream().mapToDouble(FastWindow::value).reduce(Double.NaN, g::worse);
    }

    /** One arm's breaches: critical, or (success rate) a warning for one overwhelming window. */
    private Finding arm(GuardrailEvaluation.ArmJudgement a, boolean baselineOnly) {
        List<FastWindow> bad = a.breached();
        double minutes = minutes(bad);
        Severity severity = a.severity().orElseThrow();
        String title = capitalLabel() + rule() + where(a) + " for " + Fmt.num(minutes, 1) + " min (worst "
                + show(worst(bad)) + ")";
        StringBuilder s = new StringBuilder(evidenceWords(a, bad));
        if (baselineOnly && !canaryThinDuring(a)) {
            s.append("Only the baseline arm breached, so the canary is not implicated; but the users it served had an "
                    + "outage all the same (after a rollback, the baseline is everyone). ");
        } else if (baselineOnly) {
            s.append("The canary's traffic in those minutes was too thin to judge, so this says nothing about it; the "
                    + "users the baseline served had an outage all the same. ");
        }
        if (severity == Severity.CRITICAL) {
            s.append("Fast guardrails gate traffic increases: a breach that persists is a reason to stop at once.");
        } else {
            s.append("One window is too brief to call an outage (").append(countRule())
                    .append("); watch the next minutes.");
        }
        Finding.Builder f = Finding.builder(check, severity, title)
                .summary(s.toString())
                .remedy(baselineOnly
                        ? "Restore the service on the " + a.role() + " first (what changed for it: a rollback onto an "
                        + "incompatible payload, infrastructure, load), then resume the rollout."
                        : "Stop the rollout and roll back the canary; then find what drives " + g.label()
                        + " (cold replicas, resource limits, a slower model) before retrying.")
                .subject(Subject.metric(g.name()))
                .measure("worst", worst(bad))
                .measure("threshold", e.threshold)
                .measure("breach_minutes", minutes)
                .measure("breached_windows", bad.size())
                .measure("judged_windows", a.judged())
                .evidence(evidence)
                .windows(a.intervals());
        if (g.successRate()) {
            f.measure("pvalue", a.minPValue());
        }
        return f.build();
    }

    /** What the breaches were and how strong the evidence is, in words. */
    private String evidenceWords(GuardrailEvaluation.ArmJudgement a, List<FastWindow> bad) {
        TimeRange first = a.intervals().get(0);
        StringBuilder s = new StringBuilder().append(bad.size()).append(" of ").append(a.judged()).append(" judged windows")
                .append(where(a)).append(" breached the ").append(g.label()).append(" guardrail (").append(g.above() ? "≥ " : "< ")
                .append(show(e.threshold)).append("), in ").append(a.intervals().size())
                .append(a.intervals().size() == 1 ? " stretch" : " stretches").append(", first from ")
                .append(Fmt.time(first.start())).append(" to ").append(Fmt.time(first.end())).append(" UTC. ");
        if (g.successRate()) {
            FastWindow w = bad.stream().min(java.util.Comparator.comparingDouble(FastWindow::pValue)).orElseThrow();
            long n = Math.round(w.requests());
            long k = Math.round(w.errors());
            s.append("Strongest window: ").append(Fmt.count(k)).append(" failures in ").append(Fmt.count(n))
                    .append(" requests (").append(show(w.value())).append("; 99% one-sided upper bound ")
                    .append(show(1 - ClopperPearson.lower(k, n, 0.01))).append("), exact binomial ")
                    .append(Fmt.p(w.pValue())).append(" against the SLO. A window counts when it holds at least ")
                    .append(Fmt.count(e.rules.minRequests())).append(" requests (thinner minutes are pooled) and its ")
                    .append("errors exceed the SLO at ").append(Fmt.num(e.rules.alpha(), 3)).append(". ");
        } else {
            s.append("Longest breach: ").append(a.longestRun()).append(" consecutive windows; worst ")
                    .append(show(worst(bad))).append(". ");
        }
        return s.toString();
    }

    private String countRule() {
        return g.successRate() ? Fmt.num(e.rules.failedWindows(), 0) + " breached windows make an outage"
                : Fmt.num(e.rules.persistWindows(), 0) + " consecutive windows make an outage";
    }

    private Finding bothArms(GuardrailEvaluation.ArmJudgement base, GuardrailEvaluation.ArmJudgement canary) {
        List<TimeRange> windows = new ArrayList<>(base.intervals());
        windows.addAll(canary.intervals());
        String title = capitalLabel() + rule() + " in both arms, baseline (" + base.arm() + ") and canary ("
                + canary.arm() + "), at the same time";
        StringBuilder s = new StringBuilder(evidenceWords(base, base.breached())).append(evidenceWords(canary,
                canary.breached()));
        s.append("Both arms breached together, which points at shared infrastructure, a dependency or load rather "
                + "than the new model");
        e.comparison.ifPresent(c -> s.append(" (the canary's errors: ").append(rate(c.canaryRate()))
                .append(" against the baseline's ").append(rate(c.baselineRate())).append(", not significantly "
                        + "worse)"));
        s.append(". It is not the canary's fault; it is still an outage for the users behind both.");
        return Finding.builder(check, Severity.WARNING, title)
                .summary(s.toString())
                .remedy("Look at the platform first (dependencies, load balancer, nodes, traffic surge); hold the "
                        + "rollout where it is until both arms recover, then judge the canary again.")
                .subject(Subject.metric(g.name()))
                .subject(Subject.model(base.arm()))
                .subject(Subject.model(canary.arm()))
                .measure("baseline_worst", worst(base.breached()))
                .measure("canary_worst", worst(canary.breached()))
                .measure("threshold", e.threshold)
                .measure("breach_minutes", Math.max(minutes(base.breached()), minutes(canary.breached())))
                .evidence(evidence)
                .windows(windows)
                .build();
    }

    private Finding worseThanBaseline(GuardrailEvaluation.ArmComparison c) {
        String title = "Canary (" + arms.canary() + ") fails " + Fmt.num(c.observedRatio(), 1) + "× as often as the baseline ("
                + rate(c.canaryRate()) + " against " + rate(c.baselineRate()) + " of requests)";
        String summary = "Pooled over the minutes both arms served, the canary failed " + Fmt.count(c.canaryErrors())
                + " of " + Fmt.count(c.canaryRequests()) + " requests and the baseline " + Fmt.count(c.baselineErrors())
                + " of " + Fmt.count(c.baselineRequests()) + ". The exact conditional test finds the canary's error "
                + "rate more than " + Fmt.num(c.ratio(), 1) + "× the baseline's (" + Fmt.p(c.pValue()) + " at "
                + Fmt.num(e.rules.alpha(), 3) + "). No window breached the SLO significantly enough to call an outage, "
                + "but the new version fails more often than the one it replaces.";
        return Finding.builder(check, Severity.WARNING, title)
                .summary(summary)
                .remedy("Hold the rollout and look at the canary's failed requests (error codes, the dependency "
                        + "they call) before sending it more traffic.")
                .subject(Subject.metric(g.name()))
                .measure("canary_error_rate", c.canaryRate())
                .measure("baseline_error_rate", c.baselineRate())
                .measure("error_ratio", c.observedRatio())
                .measure("pvalue", c.pValue())
                .evidence(evidence)
                .build();
    }

    /** An error rate with two decimals: {@code 0.35%}. */
    private static String rate(double r) {
        return Fmt.num(r * 100, 2) + "%";
    }

    private String show(double v) {
        if (g.successRate()) {
            return Fmt.num(v * 100, 2) + "%";
        }
        return Fmt.num(v, 1) + (g.unit().equals("%") ? "%" : " " + g.unit());
    }
}
