package dev.mlwb.analysis.stats;

/**
 * Counts of a binary classifier's decisions against labels, with the rates derived from them.
 *
 * <p>precision = TP / (TP + FP), recall = TP / (TP + FN), F1 = 2·TP / (2·TP + FP + FN) (the harmonic mean of
 * precision and recall wherever both are defined). Each is NaN when its denominator is 0: a slice without
 * predicted positives has no precision, rather than a precision of 0.
 *
 * <p>Matches {@code sklearn.metrics.precision_score}, {@code recall_score} and {@code f1_score} of scikit-learn
 * 1.2.1 exactly where they are defined. Where they are not, sklearn's default {@code zero_division="warn"} returns
 * 0.0 with a warning (1.2.1 has no NaN option); this record returns NaN instead, so a check can tell "no
 * predicted positives" from "all predicted positives were wrong".
 *
 * @param truePositives predicted positive, labelled positive
 * @param falsePositives predicted positive, labelled negative
 * @param falseNegatives predicted negative, labelled positive
 * @param trueNegatives predicted negative, labelled negative
 */
public record ConfusionCounts(long truePositives, long falsePositives, long falseNegatives, long trueNegatives) {
    /**
     * Checks that no count is negative.
     *
     * @param truePositives predicted positive, labelled positive
     * @param falsePositives predicted positive, labelled negative
     * @param falseNegatives predicted negative, labelled positive
     * @param trueNegatives predicted negative, labelled negative
     * @throws IllegalArgumentException if a count is negative
     */
    public ConfusionCounts {
        ArgumentChecks.nonNegative(truePositives, "truePositives");
        ArgumentChecks.nonNegative(falsePositives, "falsePositives");
        ArgumentChecks.nonNegative(falseNegatives, "falseNegatives");
        ArgumentChecks.nonNegative(trueNegatives, "trueNegatives");
    }

    /**
     * TP / (TP + FP).
     *
     * @return the precision, or NaN without predicted positives
     */
    public double precision() {
        return ratio(truePositives, (double) truePositives + falsePositives);
    }

    /**
     * TP / (TP + FN).
     *
     * @return the recall, or NaN without labelled positives
     */
    public double recall() {
        return ratio(truePositives, (double) truePositives + falseNegatives);
    }

    /**
     * 2·TP / (2·TP + FP + FN).
     *
     * @return the F1 score, or NaN without predicted or labelled positives
     */
    public double f1() {
        return ratio(2.0 * truePositives, 2.0 * truePositives + falsePositives + falseNegatives);
    }

    /**
     * TP + FP + FN + TN.
     *
     * @return the number of rows counted
     */
    public long rows() {
        return truePositives + falsePositives + falseNegatives + trueNegatives;
    }

    private static double ratio(double numerator, double denominator) {
        return denominator == 0 ? Double.NaN : numerator / denominator;
    }
}
