package dev.mlwb.analysis.stats;

/**
 * A treatment's rate against a baseline's as a ratio, tested against a hypothesised ratio.
 *
 * @param ratio {@code treatmentRate / baselineRate}
 * @param hypothesis the ratio tested against, e.g. 0.95 for "at most 5 % lower"
 * @param standardError the standard error of {@code ln(ratio)}
 * @param z {@code (ln(ratio) − ln(hypothesis)) / standardError}
 * @param pValueLower one-sided p-value against "the ratio is below the hypothesis": {@code P(Z <= z)}
 * @param pValueHigher one-sided p-value against "the ratio is above the hypothesis": {@code P(Z >= z)}
 */
public record RiskRatioTestResult(double ratio, double hypothesis, double standardError, double z, double pValueLower,
        double pValueHigher) {
}
