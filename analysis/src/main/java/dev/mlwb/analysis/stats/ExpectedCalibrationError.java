package dev.mlwb.analysis.stats;

/**
 * Expected and maximum calibration error and Brier score from per-bin sums over equal-width score bins.
 *
 * <p>The spec's check uses {@value #BINS} equal-width bins: a score {@code p} falls in bin
 * {@code min(floor(p · 10), 9)}, evaluated in double arithmetic (so a score of exactly 1.0 is in the last bin, and
 * DuckDB's {@code LEAST(FLOOR(p * 10), 9)} assigns the same bins). Per bin {@code b} the caller supplies the row count
 * {@code n_b}, the sum of predicted probabilities {@code Σp} and the sum of labels {@code Σy}; over all rows it
 * supplies {@code Σ (p − y)²}. Then, with {@code N = Σ n_b},
 * <pre>
 *   ECE   = Σ_b (n_b / N) · |Σp_b / n_b − Σy_b / n_b| = Σ_b |Σp_b − Σy_b| / N
 *   MCE   = max over bins with n_b > 0 of |Σp_b / n_b − Σy_b / n_b|
 *   Brier = Σ (p − y)² / N
 * </pre>
 *
 * <p>Reference: ECE and MCE follow the usual definition (Naeini et al. 2015, Guo et al. 2017) and are compared
 * with a numpy computation over the same bins; Brier matches {@code sklearn.metrics.brier_score_loss} of
 * scikit-learn 1.2.1 (within 1e-12 in the tests).
 */
public final class ExpectedCalibrationError {
    /** The number of equal-width bins the spec's calibration check uses. */
    public static final int BINS = 10;

    private ExpectedCalibrationError() {
    }

    /**
     * The bin of a score among {@value #BINS} equal-width bins.
     *
     * @param score a predicted probability in [0, 1]
     * @return {@code min(floor(score · 10), 9)}
     * @throws IllegalArgumentException if the score lies outside [0, 1]
     */
    public static int binOf(double score) {
        ArgumentChecks.probability(score, "score");
        return (int) Math.min(Math.floor(score * BINS), BINS - 1);
    }

    /**
     * Summarises per-bin sums; any number of bins is accepted.
     *
     * @param counts rows per bin
     * @param sumPredicted sum of predicted probabilities per bin
     * @param sumLabels sum of 0/1 labels per bin
     * @param sumSquaredError {@code Σ (p − y)²} over all rows
     * @return ECE, MCE, Brier score and row count
     * @throws IllegalArgumentException if the lengths differ, there are no rows, or a sum is negative, not finite
     *     or larger than its bin's count
     */
    public static CalibrationSummary of(long[] counts, double[] sumPredicted, double[] sumLabels,
            double sumSquaredError) {
        long[] n = ArgumentChecks.counts(counts, "counts");
        double[] pred = ArgumentChecks.finite(sumPredicted, "sumPredicted");
        double[] labels = ArgumentChecks.finite(sumLabels, "sumLabels");
        ArgumentChecks.sameLength(n.length, "counts", pred.length, "sumPredicted");
        ArgumentChecks.sameLength(n.length, "counts", labels.length, "sumLabels");
        long rows = ArgumentChecks.positiveTotal(n, "counts");
        if (!(sumSquaredError >= 0 && sumSquaredError <= rows)) {
            throw ArgumentChecks.fail("sumSquaredError must lie in [0, %d], but is %s", rows, sumSquaredError);
        }
        double weightedGap = 0;
        double maxGap = 0;
        for (int b = 0; b < n.length; b++) {
            checkBin(b, n[b], pred[b], "sumPredicted");
            checkBin(b, n[b], labels[b], "sumLabels");
            if (n[b] > 0) {
                weightedGap += Math.abs(pred[b] - labels[b]);
                maxGap = Math.max(maxGap, Math.abs(pred[b] / n[b] - labels[b] / n[b]));
            }
        }
        return new CalibrationSummary(weightedGap / rows, maxGap, sumSquaredError / rows, rows);
    }

    private static void checkBin(int bin, long count, double sum, String name) {
        if (!(sum >= 0 && sum <= count * (1 + 1e-12))) {
            throw ArgumentChecks.fail("%s[%d] must lie in [0, counts[%d]] = [0, %d], but is %s",
                    name, bin, bin, count, sum);
        }
    }
}
