package dev.mlwb.analysis.checks.model;

import dev.mlwb.analysis.bundle.SliceKey;
import dev.mlwb.analysis.check.CheckContext;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.evidence.SegmentMetrics;
import dev.mlwb.analysis.evidence.SegmentRow;
import dev.mlwb.analysis.evidence.SliceVerdict;
import dev.mlwb.analysis.format.Fmt;
import java.util.List;

/** Words for a segment-regression finding: the regressing segments of one dimension against the aggregate. */
final class SegmentFinding {
    private static final int LISTED = 3;

    private SegmentFinding() {
    }

    static double baseline(SegmentRow r, String metric) {
        return switch (metric) {
            case "precision" -> r.baselinePrecision();
            case "recall" -> r.baselineRecall();
            default -> r.baselineAuc();
        };
    }

    static double canary(SegmentRow r, String metric) {
        return switch (metric) {
            case "precision" -> r.canaryPrecision();
            case "recall" -> r.canaryRecall();
            default -> r.canaryAuc();
        };
    }

    private static String metricName(String metric) {
        return metric.equals("auc") ? "AUC" : metric;
    }

    private static String change(SegmentRow r, String metric) {
        return Fmt.num(baseline(r, metric), 3) + " → " + Fmt.num(canary(r, metric), 3);
    }

    /** The aggregate metric that improved most, or this metric holding: {@code precision rises (0.82 → 0.85)}. */
    private static String aggregateWords(SegmentRow agg, String metric) {
        String best = metric;
        double gain = canary(agg, metric) - baseline(agg, metric);
        for (String m : java.util.List.of("precision", "recall", "auc")) {
            double g = canary(agg, m) - baseline(agg, m);
            if (g > gain + 1e-12) {
                best = m;
                gain = g;
            }
        }
        String verb = gain >= 0.005 ? " rises" : gain <= -0.005 ? " dips" : " holds";
        return metricName(best) + verb + " (" + change(agg, best) + ")";
    }

    /**
     * @param rawP per segment, the p-values of its precision, recall and AUC drops before the correction
     * @param comparisons how many segment × metric tests the correction covered
     */
    /** The raw p-value of a row's worst metric. */
    private static double raw(java.util.Map<String, double[]> rawP, SegmentRow r) {
        double[] p = rawP.get(r.slice());
        int i = java.util.List.of("precision", "recall", "auc").indexOf(r.worstMetric());
        return p == null || i < 0 ? Double.NaN : p[i];
    }

    static Finding build(String check, SegmentMetrics e, SegmentComparison.Rules rules, CheckContext ctx,
                         java.util.Map<String, double[]> rawP, long comparisons) {
        List<SegmentRow> bad = e.rows().stream().filter(SegmentRegressionCheck::flagged).toList();
        boolean critical = bad.stream().anyMatch(r -> r.verdict() == SliceVerdict.REGRESSION);
        SegmentRow worst = bad.get(0);
        String metric = worst.worstMetric();
        SegmentRow agg = e.aggregate();
        double aggDrop = baseline(agg, metric) - canary(agg, metric);
        boolean hidden = !(aggDrop > rules.maxDrop());
        String canaryName = CalibrationCheck.name(ctx.manifest().arms(), e.canaryArm(), true);
        String dim = e.dimension().replace(",", " × ");
        String title = CalibrationFinding.capital(canaryName) + (critical ? " lowers " : " probably lowers ")
                + metricName(metric) + " for " + dim + " "
                + Fmt.and(bad.stream().limit(LISTED).map(SegmentRow::label).toList()) + " (" + change(worst, metric) + ")"
                + (hidden ? " while overall " + aggregateWords(agg, metric) : " and overall (" + change(agg, metric) + ")");
        StringBuilder s = new StringBuilder();
        for (SegmentRow r : bad.subList(0, Math.min(LISTED, bad.size()))) {
            String m = r.worstMetric();
            s.append("In ").append(r.slice()).append(r.critical() ? " (a critical slice, held to a drop of at most "
                            + Fmt.num(rules.criticalMaxDrop(), 3) + ")" : "").append(", ").append(metricName(m))
                    .append(m.equals("auc") ? "" : " at the " + Fmt.num(e.decisionThreshold(), 2) + " threshold")
                    .append(" fell: ").append(change(r, m)).append(" (−").append(Fmt.num(r.worstDrop(), 3))
                    .append("; ").append(Fmt.count(r.baselineRows())).append(" baseline and ")
                    .append(Fmt.count(r.canaryRows())).append(" canary labelled rows; one-sided ")
                    .append(m.equals("auc") ? "Hanley–McNeil z-test " : "two-proportion z-test ")
                    .append(Fmt.p(raw(rawP, r))).append(", Holm-adjusted ").append(Fmt.p(r.pValue()).replace("p ", ""))
                    .append(r.verdict() == SliceVerdict.REGRESSION ? "" : ", probable").append("); precision ").append(change(r, "precision")).append(", recall ").append(change(r, "recall"))
                    .append(", AUC ").append(change(r, "auc")).append(". ");
        }
        if (bad.size() > LISTED) {
            s.append(bad.size() - LISTED).append(" more segments regress as well. ");
        }
        s.append("Over all rows: precision ").append(change(agg, "precision")).append(", recall ")
                .append(change(agg, "recall")).append(", AUC ").append(change(agg, "auc"))
                .append(hidden ? ", so the aggregate hides the regression. " : ": the canary is worse overall too. ")
                .append("A drop beyond the limit is critical when its p-value, Holm-adjusted over the ").append(comparisons)
                .append(" segment × metric comparisons of this check, is below ")
                .append(Fmt.num(rules.alphaCritical(), 3)).append(", a warning below ").append(Fmt.num(rules.alpha(), 3))
                .append('.');
        Finding.Builder f = Finding.builder(check, critical ? Severity.CRITICAL : Severity.WARNING, title)
                .summary(s.toString())
                .remedy("Do not promote " + canaryName + " on its aggregate metrics: investigate its behaviour on "
                        + Fmt.and(bad.stream().limit(LISTED).map(SegmentRow::slice).toList()) + " (features, training "
                        + "data coverage, the decision threshold for these users), and gate the rollout on per-segment "
                        + "precision and recall for every critical slice.")
                .measure("baseline_precision", worst.baselinePrecision())
                .measure("canary_precision", worst.canaryPrecision())
                .measure("baseline_recall", worst.baselineRecall())
                .measure("canary_recall", worst.canaryRecall())
                .measure("baseline_auc", worst.baselineAuc())
                .measure("canary_auc", worst.canaryAuc())
                .measure("rows", worst.baselineRows() + worst.canaryRows())
                .measure("pvalue", raw(rawP, worst))
                .measure("adjusted_pvalue", worst.pValue())
                .measure("comparisons", comparisons)
                .evidence(e);
        bad.forEach(r -> f.subject(Subject.slice(SliceKey.parse(r.slice()).orElseThrow())));
        return f.build();
    }
}
