package dev.mlwb.analysis.checks.data;

import dev.mlwb.analysis.check.CheckContext;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.evidence.QualityRow;
import dev.mlwb.analysis.evidence.QualityTable;
import dev.mlwb.analysis.format.Fmt;
import java.util.List;

/** Words for a data-quality finding: one kind of problem, every feature that has it. */
final class QualityFinding {
    static final String MISSING = "(missing)";
    private static final int LISTED = 6;

    private QualityFinding() {
    }

    static Finding build(String check, Severity severity, QualityCheck.Problem problem, List<QualityRow> rows,
                         QualityTable table, CheckContext ctx) {
        String ref = table.reference();
        String cur = table.current();
        String who = rows.size() == 1 ? rows.get(0).feature() : rows.size() + " features";
        List<QualityRow> shown = rows.subList(0, Math.min(LISTED, rows.size()));
        String more = rows.size() > LISTED ? " and " + (rows.size() - LISTED) + " more" : "";
        Finding.Builder f = switch (problem) {
            case TYPE -> Finding.builder(check, severity, who + (rows.size() == 1 ? " changed type" : " changed type")
                            + " between " + ref + " and " + cur)
                    .summary(Fmt.and(shown.stream().map(r -> typeChange(r, cur)).toList()) + more + ". A model "
                            + "trained on " + ref + " receives values it cannot read as it was trained to, or none at all.")
                    .remedy("Fix the " + cur + " pipeline's schema (types and column names) to match " + ref
                            + ", and validate each batch against the model's feature schema before scoring.")
                    .measure("type_changed", rows.size());
            case NULLS -> Finding.builder(check, severity, who + " " + (rows.size() == 1 ? "has" : "have")
                            + " more missing values in " + cur + " than in " + ref)
                    .summary("Null rate, " + ref + " → " + cur + ": " + Fmt.and(shown.stream().map(r -> r.feature()
                            + " " + Fmt.pct(r.referenceNullShare()) + " → " + Fmt.pct(r.currentNullShare())).toList())
                            + more + " (flagged above +" + Fmt.num(ctx.threshold("null_increase") * 100, 1)
                            + " points). Missing inputs are either imputed silently (see data.imputation) or scored "
                            + "as the model's default branch.")
                    .remedy("Find the upstream source or join that stopped filling these features in " + cur
                            + " (a new category, a late source, a renamed field) and fix it; alert on null rates per "
                            + "batch.")
                    .measure("reference_null_share", shown.get(0).referenceNullShare())
                    .measure("current_null_share", shown.get(0).currentNullShare());
            case RANGE -> Finding.builder(check, severity, who + " " + (rows.size() == 1 ? "has" : "have")
                            + " values outside the " + ref + " range in " + cur)
                    .summary(Fmt.and(shown.stream().map(r -> range(r, ref)).toList()) + more + ". The model "
                            + "never saw such values and extrapolates on them.")
                    .remedy("Check units and scaling of these features in " + cur + " (a changed unit, a bug in an "
                            + "aggregation window, a new population); if the values are real, retrain on data that "
                            + "covers them.")
                    .measure("out_of_range_share", shown.get(0).outOfRangeShare());
        };
        rows.forEach(r -> f.subject(Subject.feature(r.feature())));
        return f.evidence(table).build();
    }

    private static String typeChange(QualityRow r, String cur) {
        if (r.currentType().equals(MISSING)) {
            return r.feature() + " (" + r.referenceType() + ") is missing from " + cur;
        }
        return r.feature() + " was " + r.referenceType() + " and is " + r.currentType() + " in " + cur
                + (r.unparseable() > 0 ? ", with " + Fmt.count(r.unparseable()) + " values that are not numbers" : "");
    }

    private static String range(QualityRow r, String ref) {
        return r.feature() + ": " + Fmt.pct(r.outOfRangeShare()) + " outside [" + Numbers.sig(r.referenceMin()) + ", "
                + Numbers.sig(r.referenceMax()) + "] (" + Fmt.count(r.currentBelow()) + " below, "
                + Fmt.count(r.currentAbove()) + " above)";
    }
}
