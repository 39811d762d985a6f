package dev.mlwb.analysis.stats;

import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Area under the ROC curve, computed as the Mann–Whitney statistic: the probability that a random positive scores
 * higher than a random negative, ties counting one half.
 *
 * <p>Grouping rows by distinct score {@code s_g} with {@code pos_g} positives and {@code neg_g} negatives,
 * <pre>  AUC = Σ_g pos_g · (negBelow_g + neg_g / 2) / (P · N)</pre>
 * where {@code negBelow_g} counts negatives with a lower score and {@code P}, {@code N} are the totals. SQL can
 * reduce a whole dataset to the three numbers of {@link #fromSums(long, long, double)}, e.g.
 * <pre>
 * WITH g AS (SELECT score, SUM(label) AS pos, COUNT(*) - SUM(label) AS neg FROM preds GROUP BY score),
 *      c AS (SELECT pos, neg, SUM(neg) OVER (ORDER BY score) - neg AS neg_below FROM g)
 * SELECT SUM(pos), SUM(neg), SUM(pos * (neg_below + neg / 2.0)) FROM c
 * </pre>
 * The AUC is undefined (NaN) when either class is absent; sklearn raises an error there.
 *
 * <p>Matches {@code sklearn.metrics.roc_auc_score(y, score)} of scikit-learn 1.2.1 (trapezoidal area under the ROC
 * curve, which equals this statistic exactly; agreement within 1e-12 in the tests).
 */
public final class RocAuc {
    private RocAuc() {
    }

    /**
     * AUC from positives and negatives per score.
     *
     * @param scores the scores, any order; equal scores are treated as one tied group
     * @param positives positives with each score
     * @param negatives negatives with each score
     * @return the AUC in [0, 1], or NaN if there are no positives or no negatives
     * @throws IllegalArgumentException if lengths differ, a score is not finite or a count is negative
     */
    public static double fromScoreCounts(double[] scores, long[] positives, long[] negatives) {
        double[] s = ArgumentChecks.finite(scores, "scores");
        long[] pos = ArgumentChecks.counts(positives, "positives");
        long[] neg = ArgumentChecks.counts(negatives, "negatives");
        ArgumentChecks.sameLength(s.length, "scores", pos.length, "positives");
        ArgumentChecks.sameLength(s.length, "scores", neg.length, "negatives");
        long totalPos = ArgumentChecks.total(pos, "positives");
        long totalNeg = ArgumentChecks.total(neg, "negatives");
        int[] order = ascendingOrder(s);
        double concordance = 0;
        long negBelow = 0;
        int start = 0;
        while (start < order.length) {
            int end = start;
            long groupPos = 0;
            long groupNeg = 0;
            while (end < order.length && s[order[end]] == s[order[start]]) {
                groupPos += pos[order[end]];
                groupNeg += neg[order[end]];
                end++;
            }
            concordance += groupPos * (negBelow + groupNeg / 2.0);
            negBelow += groupNeg;
            start = end;
        }
        return fromSums(totalPos, totalNeg, concordance);
    }

    /** Indices of {@code scores} in ascending order of score; no sorting when they already are (ORDER BY). */
    private static int[] ascendingOrder(double[] scores) {
        boolean sorted = true;
        for (int i = 1; i < scores.length && sorted; i++) {
            sorted = scores[i - 1] <= scores[i];
        }
        if (sorted) {
            return IntStream.range(0, scores.length).toArray();
        }
        return IntStream.range(0, scores.length).boxed()
                .sorted(Comparator.comparingDouble(i -> scores[i]))
                .mapToInt(Integer::intValue).toArray();
    }

    /**
     * AUC from sums reduced elsewhere.
     *
     * @param positives P, the number of positives
     * @param negatives N, the number of negatives
     * @param concordance {@code Σ_g pos_g · (negBelow_g + neg_g / 2)} over the distinct scores
     * @return {@code concordance / (P · N)}, or NaN if P or N is 0
     * @throws IllegalArgumentException if a count is negative or the concordance lies outside [0, P·N]
     */
    public static double fromSums(long positives, long negatives, double concordance) {
        ArgumentChecks.nonNegative(positives, "positives");
        ArgumentChecks.nonNegative(negatives, "negatives");
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        double pairs = (double) positives * negatives;
        if (!(concordance >= 0 && concordance <= pairs * (1 + 1e-12))) {
            throw ArgumentChecks.fail("concordance must lie in [0, positives * negatives] = [0, %s], but is %s",
                    pairs, concordance);
        }
        return Math.min(1.0, concordance / pairs);
    }
}
