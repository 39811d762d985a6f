package dev.mlwb.analysis.stats;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Standard error of a ROC AUC and the one-sided test of a drop between two independent samples, after Hanley
 * &amp; McNeil (1982), "The meaning and use of the area under a ROC curve", Radiology 143(1), eq. 2:
 * <pre>
 *   SE(A) = sqrt( (A(1 − A) + (P − 1)(Q1 − A²) + (N − 1)(Q2 − A²)) / (P · N) ),
 *   Q1 = A / (2 − A),  Q2 = 2A² / (1 + A)
 * </pre>
 * with {@code P} positives and {@code N} negatives. It approximates the rank statistic's variance from the AUC
 * alone (exponential score distributions), so it needs only the aggregates SQL returns; DeLong's variance would
 * need every row's placement.
 *
 * <p>Reference: scikit-learn has no AUC standard error. The tests check the formula against a numpy evaluation
 * of it on sklearn's {@code roc_auc_score} (identical method, within 1e-12) and against the bootstrap standard
 * error of {@code roc_auc_score} over 2000 resamples (a different method: within 15 %).
 */
public final class AucStandardError {
    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private AucStandardError() {
    }

    /**
     * The standard error of an AUC.
     *
     * @param auc the AUC in [0, 1]
     * @param positives P, at least 1
     * @param negatives N, at least 1
     * @return the standard error, {@code >= 0}
     * @throws IllegalArgumentException if the AUC is outside [0, 1] or a count is not positive
     */
    public static double of(double auc, long positives, long negatives) {
        ArgumentChecks.probability(auc, "auc");
        ArgumentChecks.positive(positives, "positives");
        ArgumentChecks.positive(negatives, "negatives");
        double a2 = auc * auc;
        double q1 = auc / (2 - auc);
        double q2 = 2 * a2 / (1 + auc);
        double v = (auc * (1 - auc) + (positives - 1) * (q1 - a2) + (negatives - 1) * (q2 - a2))
                / ((double) positives * negatives);
        return Math.sqrt(Math.max(0, v));
    }

    /**
     * One-sided p-value against "the treatment's AUC is lower than the baseline's", for independent samples:
     * {@code P(Z <= (A_t − A_b) / sqrt(SE_b² + SE_t²))}.
     *
     * @param baselineAuc the baseline's AUC
     * @param baselinePositives the baseline's positives
     * @param baselineNegatives the baseline's negatives
     * @param treatmentAuc the treatment's AUC
     * @param treatmentPositives the treatment's positives
     * @param treatmentNegatives the treatment's negatives
     * @return the p-value, or NaN when both standard errors are 0
     */
    public static double dropPValue(double baselineAuc, long baselinePositives, long baselineNegatives,
            double treatmentAuc, long treatmentPositives, long treatmentNegatives) {
        double sb = of(baselineAuc, baselinePositives, baselineNegatives);
        double st = of(treatmentAuc, treatmentPositives, treatmentNegatives);
        double se = Math.sqrt(sb * sb + st * st);
        if (se == 0) {
            return Double.NaN;
        }
        return STANDARD_NORMAL.cumulativeProbability((treatmentAuc - baselineAuc) / se);
    }

    /**
     * One-sided p-value against "the treatment's AUC is lower than the baseline's by more than {@code margin}":
     * {@code P(Z <= (A_t − A_b + margin) / sqrt(SE_b² + SE_t²))}, the standard errors from the observed AUCs. With
     * {@code margin = 0} it is {@link #dropPValue}.
     *
     * @param margin the tolerated drop, e.g. 0.02
     * @return the p-value, or NaN when both standard errors are 0
     */
    public static double dropBeyondPValue(double baselineAuc, long baselinePositives, long baselineNegatives,
            double treatmentAuc, long treatmentPositives, long treatmentNegatives, double margin) {
        double sb = of(baselineAuc, baselinePositives, baselineNegatives);
        double st = of(treatmentAuc, treatmentPositives, treatmentNegatives);
        double se = Math.sqrt(sb * sb + st * st);
        if (se == 0) {
            return Double.NaN;
        }
        return STANDARD_NORMAL.cumulativeProbability((treatmentAuc - baselineAuc + margin) / se);
    }
}
