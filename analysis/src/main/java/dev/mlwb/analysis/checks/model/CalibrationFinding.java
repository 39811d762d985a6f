package dev.mlwb.analysis.checks.model;

import dev.mlwb.analysis.check.CheckContext;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.evidence.ReliabilityBin;
import dev.mlwb.analysis.evidence.ReliabilityDiagram;
import dev.mlwb.analysis.format.Fmt;
import java.util.List;

/** Words for a calibration finding. */
final class CalibrationFinding {
    private CalibrationFinding() {
    }

    /** @param adjusted per bin, the bin test's Holm-adjusted p-value (NaN for thin bins) */
    static Finding build(String check, Severity severity, ReliabilityDiagram d, List<ReliabilityDiagram> all,
                         CheckContext ctx, double[] adjusted) {
        java.util.Optional<ReliabilityBin> flagged = CalibrationCheck.flaggedBin(ctx, d, adjusted, ctx.threshold("alpha"));
        ReliabilityBin worst = flagged.or(() -> CalibrationCheck.worstBin(d, ctx.threshold("bin_min_rows")))
                .or(() -> CalibrationCheck.worstBin(d, 1)).orElseThrow();
        boolean over = worst.gap() > 0;
        String title = capital(d.name()) + " is " + (over ? "overconfident" : "underconfident") + ": predicts "
                + Fmt.pct(worst.meanPredicted()) + " where " + Fmt.pct(worst.observedRate()) + " happens (ECE "
                + Fmt.num(d.ece(), 3) + ")";
        StringBuilder s = new StringBuilder("Over ").append(Fmt.count(d.rows())).append(" labelled predictions of ")
                .append(d.name()).append(", the expected calibration error is ").append(Fmt.num(d.ece(), 3))
                .append(" over 10 equal-width score bins (warning above ").append(Fmt.num(ctx.threshold("ece_warning"), 2))
                .append(", critical above ").append(Fmt.num(ctx.threshold("ece_critical"), 2)).append("), MCE ")
                .append(Fmt.num(d.mce(), 3)).append(", Brier score ").append(Fmt.num(d.brier(), 3)).append(". In the ")
                .append(Fmt.num(worst.lower(), 1)).append("–").append(Fmt.num(worst.upper(), 1)).append(" bin (")
                .append(Fmt.count(worst.rows())).append(" rows) the model predicts ").append(Fmt.pct(worst.meanPredicted()))
                .append(" on average but ").append(Fmt.pct(worst.observedRate())).append(" are positive");
        if (flagged.isPresent()) {
            double p = adjusted[d.bins().indexOf(worst)];
            s.append(": a bin of at least ").append(Fmt.count(ctx.threshold("bin_min_rows"))).append(" rows off by more than ")
                    .append(Fmt.num(ctx.threshold("bin_gap"), 2)).append(" counts even where the average error is small, when ")
                    .append("the exact binomial test finds it off by more than ").append(Fmt.num(ctx.threshold("bin_margin"), 3))
                    .append(" (here ").append(Fmt.p(p).replace("p ", "adjusted p ")).append(", Holm over every bin compared; ")
                    .append("critical below ").append(Fmt.num(ctx.threshold("alpha_critical"), 3)).append(", a warning below ")
                    .append(Fmt.num(ctx.threshold("alpha"), 3)).append(").");
        } else {
            s.append('.');
        }
        List<String> others = all.stream().filter(o -> o != d && o.rows() >= ctx.threshold("min_rows"))
                .map(o -> o.name() + " " + (o.ece() <= ctx.threshold("ece_warning") ? "is calibrated" : "has")
                        + " (ECE " + Fmt.num(o.ece(), 3) + ")").toList();
        if (!others.isEmpty()) {
            s.append(" For comparison, ").append(Fmt.and(others)).append('.');
        }
        s.append(" Decisions that use the probability itself (thresholds, expected-value ranking, risk limits) are off "
                + "by the gap even where the ranking is as good.");
        return Finding.builder(check, severity, title)
                .summary(s.toString())
                .remedy("Recalibrate " + d.name() + " on recent labelled data (isotonic regression or Platt scaling) "
                        + "and re-check the reliability diagram before promoting it; until then do not feed its "
                        + "probabilities to decisions that assume they are calibrated.")
                .subject(Subject.parse(d.subject()).orElseThrow())
                .measure("ece", d.ece())
                .measure("mce", d.mce())
                .measure("brier", d.brier())
                .measure("rows", d.rows())
                .evidence(d)
                .build();
    }

    static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
