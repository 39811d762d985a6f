package dev.mlwb.analysis.stats;

/**
 * A two-sample Kolmogorov–Smirnov result.
 *
 * @param statistic the largest absolute difference between the two empirical CDFs, in [0, 1]
 * @param pValue the two-sided p-value, in [0, 1]
 */
public record KsResult(double statistic, double pValue) {
}
