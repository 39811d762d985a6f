package dev.mlwb.analysis.checks.features;

import dev.mlwb.analysis.check.CheckContext;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.checks.data.Numbers;
import dev.mlwb.analysis.evidence.SkewComparison;
import dev.mlwb.analysis.evidence.SkewExample;
import dev.mlwb.analysis.format.Fmt;
import java.util.List;

/** Words for a skew finding. */
final class SkewFinding {
    private static final int LISTED = 3;

    private SkewFinding() {
    }

    static Finding build(String check, SkewCheck.Compared c, CheckContext ctx) {
        SkewComparison e = c.evidence();
        String ref = e.reference();
        String cur = e.current();
        String direction = direction(e);
        String title = e.feature() + " differs between " + ref + " and " + cur + " on " + Fmt.pct(e.mismatchShare())
                + " of joined rows" + direction;
        StringBuilder s = new StringBuilder("Joined on ").append(e.joinKeys()).append(", ").append(Fmt.count(e.joinedRows()))
                .append(" rows of ").append(ref).append(" and ").append(cur).append(" describe the same entity")
                .append(e.joinKeys().contains("timestamp") ? " at the same time" : "").append("; ").append(e.feature())
                .append(" differs beyond the tolerance (")
                .append(c.feature().numeric() ? Numbers.sig(e.absoluteTolerance()) + " + " + Numbers.sig(e.relativeTolerance())
                        + " × |" + ref + "|" : "any difference").append(") on ").append(Fmt.count(e.mismatches()))
                .append(" of them (").append(Fmt.pct(e.mismatchShare())).append("; critical above ")
                .append(Fmt.pct(ctx.threshold("critical_share"))).append("). ");
        if (c.join().sampled()) {
            s.append(sampleNote(c, ctx));
        }
        if (c.feature().numeric() && !Double.isNaN(e.meanSignedDiff())) {
            s.append("On average ").append(cur).append(" − ").append(ref).append(" = ").append(Numbers.sig(e.meanSignedDiff()))
                    .append(relative(e)).append(systematic(e)).append(' ');
        }
        List<SkewExample> ex = e.examples().subList(0, Math.min(LISTED, e.examples().size()));
        if (!ex.isEmpty()) {
            s.append(c.feature().numeric() ? "Largest differences: " : "For example: ").append(Fmt.and(ex.stream()
                    .map(x -> x.entity() + x.at().map(t -> " at " + Fmt.time(t)).orElse("") + ": " + x.referenceValue()
                            + " in " + ref + ", " + x.currentValue() + " in " + cur).toList())).append('.');
        }
        return Finding.builder(check, c.severity().orElseThrow(), title)
                .summary(s.toString())
                .remedy("Compute " + e.feature() + " with one implementation for training and serving (a shared "
                        + "feature definition or feature store), or align the " + cur + " pipeline's aggregation window "
                        + "boundaries, time zone and units with " + ref + "'s; before deploying, run a sample of rows "
                        + "through both pipelines and block the deployment if they differ beyond the tolerance.")
                .subject(Subject.feature(e.feature()))
                .measure("mismatch_share", e.mismatchShare())
                .measure("joined_rows", e.joinedRows())
                .measure("mean_signed_diff", e.meanSignedDiff())
                .evidence(e)
                .build();
    }

    /** How sure a share from a sample is: its 95 % interval, and whether it could lie on the other side of a threshold. */
    private static String sampleNote(SkewCheck.Compared c, CheckContext ctx) {
        StringBuilder s = new StringBuilder("The rows are a sample (1 entity in ").append(c.join().modulus())
                .append(", the same entities on both sides); the share lies between ").append(Fmt.pct(c.interval().lower()))
                .append(" and ").append(Fmt.pct(c.interval().upper())).append(" (95 %)");
        for (String key : List.of("critical_share", "warning_share")) {
            double t = ctx.threshold(key);
            if (c.interval().lower() <= t && c.interval().upper() > t) {
                s.append(", so the sample cannot tell whether it is above ").append(Fmt.pct(t));
                break;
            }
        }
        return s.append(". ").toString();
    }

    private static String direction(SkewComparison e) {
        if (Double.isNaN(e.meanSignedDiff()) || e.meanSignedDiff() == 0 || !oneSided(e)) {
            return "";
        }
        return " (" + e.current() + " " + (e.meanSignedDiff() < 0 ? "lower" : "higher") + " by "
                + Numbers.sig(Math.abs(e.meanSignedDiff())) + " on average)";
    }

    private static String relative(SkewComparison e) {
        if (Double.isNaN(e.meanReference()) || e.meanReference() == 0) {
            return "";
        }
        return " (" + Fmt.change(e.meanSignedDiff() / Math.abs(e.meanReference())) + " of the mean " + e.reference()
                + " value, " + Numbers.sig(e.meanReference()) + ")";
    }

    /** Whether at least 80 % of the mismatched rows differ in the direction of the mean difference. */
    private static boolean oneSided(SkewComparison e) {
        long higher = e.mismatchesHigher();
        long same = e.meanSignedDiff() > 0 ? higher : e.mismatches() - higher;
        return e.mismatches() > 0 && same >= 0.8 * e.mismatches();
    }

    private static String systematic(SkewComparison e) {
        return oneSided(e) ? ": the differences go one way, as a shifted aggregation window or a changed unit produces."
                : ": the differences go both ways.";
    }
}
