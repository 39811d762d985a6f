package dev.mlwb.analysis.stats;

/**
 * A comparison of a treatment's rate (a canary, a new model) with a baseline rate.
 *
 * @param baselineRate baseline successes / trials
 * @param treatmentRate treatment successes / trials
 * @param z {@code (treatmentRate − baselineRate) / standard error}; positive when the treatment is higher
 * @param pValueTwoSided {@code P(|Z| >= |z|)}
 * @param pValueLower one-sided p-value against "the treatment rate is lower": {@code P(Z <= z)}
 * @param pValueHigher one-sided p-value against "the treatment rate is higher": {@code P(Z >= z)}
 * @param relativeChange {@code (treatmentRate − baselineRate) / baselineRate}; infinite or NaN if the baseline
 *     rate is 0
 */
public record ProportionTestResult(double baselineRate, double treatmentRate, double z, double pValueTwoSided,
        double pValueLower, double pValueHigher, double relativeChange) {
}
