package dev.mlwb.analysis.stats;

/**
 * A confidence interval for a rate.
 *
 * @param lower the lower bound, in [0, 1]
 * @param upper the upper bound, in [0, 1]
 */
public record RateInterval(double lower, double upper) {
}
