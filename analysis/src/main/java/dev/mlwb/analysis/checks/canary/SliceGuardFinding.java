package dev.mlwb.analysis.checks.canary;

import dev.mlwb.analysis.bundle.SliceKey;
import dev.mlwb.analysis.check.CheckContext;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.evidence.SliceBreakdown;
import dev.mlwb.analysis.evidence.SliceRow;
import dev.mlwb.analysis.evidence.SliceVerdict;
import dev.mlwb.analysis.format.Fmt;
import java.util.List;

/** Words for a slice-guard finding: critical for a regression, a warning for a probable one. */
final class SliceGuardFinding {
    private SliceGuardFinding() {
    }

    /**
     * @param rawP each slice's p-value before the correction
     * @param comparisons how many slice × metric comparisons the check's correction covered
     */
    static Finding build(String check, BusinessMetric metric, SliceBreakdown b, CheckContext ctx,
                         java.util.Map<String, Double> rawP, int comparisons) {
        List<SliceRow> bad = b.rows().stream().filter(SliceGuardCheck::flagged).toList();
        boolean critical = bad.stream().anyMatch(r -> r.verdict() == SliceVerdict.REGRESSION);
        SliceRow worst = bad.get(0);
        SliceRow agg = b.aggregate();
        String dim = b.dimension().replace(",", " × ");
        String who = Fmt.and(bad.stream().map(SliceRow::label).toList());
        String aggWords = Double.isNaN(agg.relativeChange()) ? "" : " (aggregate " + Fmt.change(agg.relativeChange()) + ")";
        String title = metric.label().substring(0, 1).toUpperCase(java.util.Locale.ROOT) + metric.label().substring(1)
                + (critical ? " fell " : " probably fell ") + Fmt.pct(-worst.relativeChange()) + " for " + dim + " " + who
                + " under the canary" + aggWords;
        StringBuilder s = new StringBuilder();
        for (SliceRow r : bad) {
            s.append(r.label()).append(r.critical() ? " (a critical slice)" : "").append(": ").append(metric.label())
                    .append(' ').append(Fmt.num(r.baselineRate() * 100, 2)).append("% in ").append(b.baselineArm())
                    .append(" → ").append(Fmt.num(r.canaryRate() * 100, 2)).append("% in ").append(b.canaryArm())
                    .append(" (").append(Fmt.change(r.relativeChange())).append(", ").append(Fmt.p(rawP.getOrDefault(r.slice(),
                            Double.NaN))).append(", adjusted ").append(Fmt.p(r.pValue()).replace("p ", ""))
                    .append(", ").append(Fmt.count(r.canaryTraffic())).append(" canary ").append(b.trafficUnit())
                    .append(r.verdict() == SliceVerdict.REGRESSION ? "" : "; probable").append("). ");
        }
        s.append("Across all traffic ").append(metric.label()).append(" went ")
                .append(Fmt.num(agg.baselineRate() * 100, 2)).append("% → ").append(Fmt.num(agg.canaryRate() * 100, 2))
                .append("% (").append(Fmt.change(agg.relativeChange())).append("), so the aggregate hides the drop. ")
                .append("Guard: a drop beyond ").append(Fmt.pct(ctx.threshold("slice_drop"))).append(" (")
                .append(Fmt.pct(ctx.threshold("critical_slice_drop"))).append(" for critical slices), tested with a ")
                .append("one-sided two-proportion z-test whose p-values are Holm-adjusted over the ").append(comparisons)
                .append(" slice × metric comparisons of this check: critical below ")
                .append(Fmt.num(ctx.threshold("alpha_critical"), 3)).append(", a warning below ")
                .append(Fmt.num(ctx.threshold("alpha"), 3)).append(". Compared over ").append(b.period()).append('.');
        Finding.Builder f = Finding.builder(check, critical ? Severity.CRITICAL : Severity.WARNING, title)
                .summary(s.toString())
                .remedy(critical
                        ? "Halt promotion or roll back; investigate the model on " + who + " traffic (features, "
                        + "calibration, drift for these users), and keep a per-slice guard on " + dim + "."
                        : "Hold the canary at its share until " + who + " has enough traffic to confirm or clear "
                        + "the drop; then investigate the model on that traffic.")
                .measure("baseline_rate", worst.baselineRate())
                .measure("canary_rate", worst.canaryRate())
                .measure("relative_change", worst.relativeChange())
                .measure("pvalue", rawP.getOrDefault(worst.slice(), Double.NaN))
                .measure("adjusted_pvalue", worst.pValue())
                .measure("comparisons", comparisons)
                .evidence(b);
        bad.forEach(r -> f.subject(Subject.slice(SliceKey.parse(r.slice()).orElseThrow())));
        f.subject(Subject.metric(metric.name()));
        return f.build();
    }
}
