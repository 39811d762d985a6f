package dev.mlwb.analysis.checks.model;

import dev.mlwb.analysis.evidence.SegmentRow;
import dev.mlwb.analysis.evidence.SliceVerdict;
import dev.mlwb.analysis.stats.AucStandardError;
import dev.mlwb.analysis.stats.ConfusionCounts;
import dev.mlwb.analysis.stats.TwoProportionZTest;

/**
 * One segment's quality in the baseline and in the canary, and how it fared: the metric (precision,
 * recall, AUC) that fell most beyond the allowed drop, with the one-sided significance of its fall.
 */
final class SegmentComparison {
    /** The rules a segment is judged by. */
    record Rules(double maxDrop, double criticalMaxDrop, double minRows, double alpha) {
        double limit(boolean critical) {
            return critical ? criticalMaxDrop : maxDrop;
        }

        /** The same rules with alpha divided among {@code comparisons} tests (Bonferroni). */
        Rules correctedFor(int comparisons) {
            return new Rules(maxDrop, criticalMaxDrop, minRows, alpha / comparisons);
        }
    }

    private SegmentComparison() {
    }

    /** A metric's fall in one segment: baseline − canary, and its one-sided p-value. */
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

    private static double proportionDrop(long bs, long bn, long cs, long cn) {
        return bn > 0 && cn > 0 ? TwoProportionZTest.test(bs, bn, cs, cn).pValueLower() : Double.NaN;
    }

    private static double aucDrop(LabelledScores.Quality b, LabelledScores.Quality c) {
        if (Double.isNaN(b.auc()) || Double.isNaN(c.auc())) {
            return Double.NaN;
        }
        return AucStandardError.dropPValue(b.auc(), b.positives(), b.negatives(), c.auc(), c.positives(), c.negatives());
    }

    /** The segment's row: the worst significant drop beyond the limit, else the worst drop. */
    static SegmentRow row(String slice, String label, boolean critical, LabelledScores.Quality b,
                          LabelledScores.Quality c, Rules rules) {
        Drop[] drops = drops(b, c);
        double limit = rules.limit(critical);
        Drop worst = null;
        boolean significant = false;
        for (Drop d : drops) {
            if (Double.isNaN(d.size())) {
                continue;
            }
            boolean sig = d.size() > limit && d.pValue() < rules.alpha();
            if (worst == null || sig && !significant || sig == significant && d.size() > worst.size()) {
                worst = d;
                significant = sig;
            }
        }
        SliceVerdict verdict;
        if (b.rows() < rules.minRows() || c.rows() < rules.minRows()) {
            verdict = SliceVerdict.INSUFFICIENT_TRAFFIC;
        } else if (significant) {
            verdict = SliceVerdict.REGRESSION;
        } else if (worst != null && worst.size() > limit) {
            verdict = SliceVerdict.NOT_SIGNIFICANT;
        } else {
            verdict = SliceVerdict.OK;
        }
        return new SegmentRow(slice, label, critical, b.rows(), c.rows(), drops[0].baseline(), drops[0].canary(),
                drops[1].baseline(), drops[1].canary(), drops[2].baseline(), drops[2].canary(),
                worst == null ? "" : worst.metric(), worst == null ? Double.NaN : worst.size(),
                worst == null ? Double.NaN : worst.pValue(), verdict);
    }
}
