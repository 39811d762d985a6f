package dev.mlwb.analysis.stats;

/**
 * A Kolmogorov–Smirnov statistic known within bounds.
 *
 * @param statistic the largest CDF difference at the points where both CDFs are known (a lower bound)
 * @param upper the largest the statistic can be
 */
public record KsBounds(double statistic, double upper) {
    /** How much larger the statistic may be than {@link #statistic()}. */
    public double bound() {
        return upper - statistic;
    }
}
