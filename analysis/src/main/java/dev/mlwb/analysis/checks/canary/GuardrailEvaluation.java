package dev.mlwb.analysis.checks.canary;

import dev.mlwb.analysis.bundle.Arms;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.evidence.MetricSeries;
import dev.mlwb.analysis.format.Fmt;
import dev.mlwb.analysis.time.TimeRange;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One guardrail judged bucket by bucket for each arm: breached buckets merged into intervals. */
final class GuardrailEvaluation {
    /** One arm's breaches. */
    record ArmBreaches(String arm, List<TimeRange> intervals, int breachedBuckets, int judgedBuckets, double worst,
                       double worstBreach) {
    }

    private final Guardrail guardrail;
    private final double threshold;
    private final Duration bucket;
    private final Arms arms;
    private final List<ArmBreaches> perArm = new ArrayList<>();

    private GuardrailEvaluation(Guardrail guardrail, double threshold, Duration bucket, Arms arms) {
        this.guardrail = guardrail;
        this.threshold = threshold;
        this.bucket = bucket;
        this.arms = arms;
    }

    static GuardrailEvaluation of(Guardrail g, Map<String, List<double[]>> byArm, double threshold, Duration bucket,
                                  Arms arms) {
        GuardrailEvaluation e = new GuardrailEvaluation(g, threshold, bucket, arms);
        byArm.forEach((arm, rows) -> e.perArm.add(e.judge(arm, rows)));
        return e;
    }

    private ArmBreaches judge(String arm, List<double[]> rows) {
        List<TimeRange> intervals = new ArrayList<>();
        int breached = 0;
        int judged = 0;
        double worst = Double.NaN;
        double worstBreach = Double.NaN;
        TimeRange open = null;
        for (double[] r : rows) {
            double v = r[1];
            if (Double.isNaN(v)) {
                continue;
            }
            judged++;
            worst = guardrail.worse(worst, v);
            if (!guardrail.breaches(v, threshold)) {
                continue;
            }
            breached++;
            worstBreach = guardrail.worse(worstBreach, v);
            TimeRange b = GuardrailFastCheck.range((long) r[0], bucket);
            if (open != null && !b.start().isAfter(open.end())) {
                open = new TimeRange(open.start(), b.end());
            } else {
                if (open != null) {
                    intervals.add(open);
                }
                open = b;
            }
        }
        if (open != null) {
            intervals.add(open);
        }
        return new ArmBreaches(arm, intervals, breached, judged, worst, worstBreach);
    }

    List<TimeRange> allBreaches() {
        return perArm.stream().flatMap(a -> a.intervals().stream()).toList();
    }

    /** Per arm role: worst value, breached and judged buckets. */
    Map<String, Double> measures() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (ArmBreaches a : perArm) {
            String role = GuardrailFastCheck.role(a.arm(), arms);
            out.put(role + "_worst", a.worst());
            out.put(role + "_breach_minutes", a.breachedBuckets() * bucket.getSeconds() / 60.0);
            out.put(role + "_judged_minutes", a.judgedBuckets() * bucket.getSeconds() / 60.0);
        }
        out.put("threshold", threshold);
        return out;
    }

    List<Finding> findings(String check, MetricSeries evidence, Arms arms) {
        List<Finding> out = new ArrayList<>();
        for (ArmBreaches a : perArm) {
            if (a.breachedBuckets() == 0) {
                continue;
            }
            String role = GuardrailFastCheck.role(a.arm(), arms);
            boolean baseline = role.equals("baseline");
            boolean baselineToo = !baseline && perArm.stream().anyMatch(o -> o != a
                    && GuardrailFastCheck.role(o.arm(), arms).equals("baseline") && overlaps(o, a));
            boolean canaryToo = baseline && perArm.stream().anyMatch(o -> o != a
                    && !GuardrailFastCheck.role(o.arm(), arms).equals("baseline") && overlaps(o, a));
            out.add(finding(check, a, role, baselineToo, baseline && !canaryToo, evidence));
        }
        return out;
    }

    private static boolean overlaps(ArmBreaches x, ArmBreaches y) {
        return x.intervals().stream().anyMatch(i -> y.intervals().stream().anyMatch(i::overlaps));
    }

    /**
     * Every breach is critical: an SLO breach is an outage for the users behind it, whichever arm
     * serves them. The words say whether the canary is implicated.
     */
    private Finding finding(String check, ArmBreaches a, String role, boolean baselineToo, boolean baselineOnly,
                            MetricSeries evidence) {
        String where = a.arm().equals("all traffic") ? "" : " in the " + role + (role.equals(a.arm()) ? "" : " (" + a.arm() + ")");
        double minutes = a.breachedBuckets() * bucket.getSeconds() / 60.0;
        String title = guardrail.label().substring(0, 1).toUpperCase(java.util.Locale.ROOT) + guardrail.label().substring(1)
                + (guardrail.above() ? " at or above " : " below ") + show(threshold) + where + " for "
                + Fmt.num(minutes, 1) + " min (worst " + show(a.worstBreach()) + ")";
        TimeRange first = a.intervals().get(0);
        StringBuilder s = new StringBuilder().append(a.breachedBuckets()).append(" of ").append(a.judgedBuckets())
                .append(' ').append(bucket.getSeconds()).append("-second windows").append(where).append(" breached the ")
                .append(guardrail.label()).append(" guardrail (").append(guardrail.above() ? "≥ " : "< ")
                .append(show(threshold)).append("), in ").append(a.intervals().size())
                .append(a.intervals().size() == 1 ? " stretch" : " stretches").append(", first from ")
                .append(Fmt.time(first.start())).append(" to ").append(Fmt.time(first.end())).append(" UTC. ")
                .append("Worst window: ").append(show(a.worstBreach())).append(". ");
        if (baselineToo) {
            s.append("The baseline breached at the same time, which points at shared infrastructure or load rather than the new model. ");
        } else if (baselineOnly) {
            s.append("Only the baseline arm breached, so the canary is not implicated; but the users it served had an "
                    + "outage all the same (after a rollback, the baseline is everyone). ");
        }
        s.append("Fast guardrails gate traffic increases: a breach is a reason to stop at once.");
        return Finding.builder(check, Severity.CRITICAL, title)
                .summary(s.toString())
                .remedy(baselineOnly
                        ? "Restore the service on the " + role + " first (what changed for it: a rollback onto an "
                        + "incompatible payload, infrastructure, load), then resume the rollout."
                        : "Stop the rollout and roll back the canary; then find what drives " + guardrail.label()
                        + " (cold replicas, resource limits, a slower model) before retrying.")
                .subject(Subject.metric(guardrail.name()))
                .measure("worst", a.worstBreach())
                .measure("threshold", threshold)
                .measure("breach_minutes", minutes)
                .evidence(evidence)
                .windows(a.intervals())
                .build();
    }

    private String show(double v) {
        if (guardrail.name().equals("success_rate")) {
            return Fmt.num(v * 100, 2) + "%";
        }
        return Fmt.num(v, 1) + (guardrail.unit().equals("%") ? "%" : " " + guardrail.unit());
    }
}
