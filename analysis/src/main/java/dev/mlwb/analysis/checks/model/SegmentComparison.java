package dev.mlwb.analysis.checks.model;

import dev.mlwb.analysis.evidence.SegmentRow;
import dev.mlwb.analysis.evidence.SliceVerdict;
import dev.mlwb.analysis.stats.AucStandardError;
import dev.mlwb.analysis.stats.ConfusionCounts;
import dev.mlwb.analysis.stats.TwoProportionZTest;

/**
 * One segment's quality in the baseline and in the canary, and how it fared: the metric (precision, recall, AUC)
 * that fell beyond the allowed drop with the strongest evidence, its one-sided p-value adjusted for every
 * comparison of the check, and the verdict that weighs the two.
 */
final class SegmentComparison {
    /** The rules a segment is judged by. */
    record Rules(double maxDrop, double criticalMaxDrop, double minRows, double alpha, double alphaCritical) {
        double limit(boolean critical) {
            return critical ? criticalMaxDrop : maxDrop;
        }
    }

    private SegmentComparison() {
    }

    /** A metric's fall in one segment: baseline − canary, and its one-sided p-value before any correction. */
    record Drop(String metric, double baseline, double canary, double pValue) {
        double size() {
            return baseline - canary;
        }
    }

    static Drop[] drops(LabelledScores.Quality b, LabelledScores.Quality c) {
        ConfusionCounts cb = b.confusion();
        ConfusionCounts cc = c.confusion();
        return new Drop[] {
            new Drop("precision", cb.precision(), cc.precision(), proportionDrop(cb.truePositives(),
                    cb.truePositives() + cb.falsePositives(), cc.truePositives(), cc.truePositives() + cc.falsePositives())),
            new Drop("recall", cb.recall(), cc.recall(), proportionDrop(cb.truePositives(),
                    cb.truePositives() + cb.falseNegatives(), cc.truePositives(), cc.truePositives() + cc.falseNegatives())),
            new Drop("auc", b.auc(), c.auc(), aucDrop(b, c))
        };
    }

    /** Whether both arms have the rows a segment needs to be judged. */
    static boolean judged(LabelledScores.Quality b, LabelledScores.Quality c, Rules rules) {
        return b.rows() >= rules.minRows() && c.rows() >= rules.minRows();
    }

    private static double proportionDrop(long bs, long bn, long cs, long cn) {
        return bn > 0 && cn > 0 ? TwoProportionZTest.test(bs, bn, cs, cn).pValueLower() : Double.NaN;
    }

    private static double aucDrop(LabelledScores.Quality b, LabelledScores.Quality c) {
        if (Double.isNaN(b.auc()) || Double.isNaN(c.auc())) {
            return Double.NaN;
        }
        return AucStandardError.dropPValue(b.auc(), b.positives(), b.negatives(), c.auc(), c.positives(), c.negatives());
    }

    /**
     * The segment's row. Among the metrics that fell beyond the limit, the one with the smallest adjusted p-value
     * decides: a regression (critical) below {@code alphaCritical}, a probable regression (warning) below
     * {@code alpha}, else not significant; without such a drop the row shows its largest drop and is OK.
     *
     * @param adjusted each drop's p-value after the check's correction (NaN when it was not tested)
     */
    static SegmentRow row(String slice, String label, boolean critical, LabelledScores.Quality b,
                          LabelledScores.Quality c, Drop[] drops, double[] adjusted, Rules rules) {
        double limit = rules.limit(critical);
        int worst = -1;
        boolean beyond = false;
        for (int i = 0; i < drops.length; i++) {
            Drop d = drops[i];
            if (Double.isNaN(d.size())) {
                continue;
            }
            boolean over = d.size() > limit;
            boolean better = worst < 0 || over && !beyond
                    || over == beyond && (over ? less(adjusted[i], adjusted[worst]) : d.size() > drops[worst].size());
            if (better) {
                worst = i;
                beyond = over;
            }
        }
        SliceVerdict verdict;
        double p = worst < 0 ? Double.NaN : adjusted[worst];
        if (!judged(b, c, rules)) {
            verdict = SliceVerdict.INSUFFICIENT_TRAFFIC;
        } else if (!beyond) {
            verdict = SliceVerdict.OK;
        } else if (p < rules.alphaCritical()) {
            verdict = SliceVerdict.REGRESSION;
        } else if (p < rules.alpha()) {
            verdict = SliceVerdict.PROBABLE_REGRESSION;
        } else {
            verdict = SliceVerdict.NOT_SIGNIFICANT;
        }
        return new SegmentRow(slice, label, critical, b.rows(), c.rows(), drops[0].baseline(), drops[0].canary(),
                drops[1].baseline(), drops[1].canary(), drops[2].baseline(), drops[2].canary(),
                worst < 0 ? "" : drops[worst].metric(), worst < 0 ? Double.NaN : drops[worst].size(), p, verdict);
    }

    /** a < b, with NaN last. */
    private static boolean less(double a, double b) {
        return !Double.isNaN(a) && (Double.isNaN(b) || a < b);
    }
}
