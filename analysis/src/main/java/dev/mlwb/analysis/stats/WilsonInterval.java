package dev.mlwb.analysis.stats;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Wilson score interval for a binomial rate: unlike the normal ("Wald") interval it stays inside [0, 1] and is
 * usable for rates near 0 or 1 and for small slices.
 *
 * <p>With {@code p̂ = x / n} and {@code z} the standard normal quantile at {@code 1 − alpha/2},
 * <pre>  (p̂ + z²/(2n) ± z · sqrt(p̂(1 − p̂)/n + z²/(4n²))) / (1 + z²/n)</pre>
 *
 * <p>Matches statsmodels' {@code proportion_confint(x, n, alpha, method='wilson')}; statsmodels is not installed
 * on the reference machine, so the reference values are its formula evaluated with {@code scipy.stats.norm}
 * (within 1e-12 in the tests).
 */
public final class WilsonInterval {
    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private WilsonInterval() {
    }

    /**
     * The Wilson interval.
     *
     * @param successes successes, at most {@code trials}
     * @param trials trials, positive
     * @param alpha the significance level, strictly between 0 and 1: 0.05 for a 95 % interval
     * @return the interval
     * @throws IllegalArgumentException if the counts are inconsistent or alpha is outside (0, 1)
     */
    public static RateInterval of(long successes, long trials, double alpha) {
        ArgumentChecks.nonNegative(successes, "successes");
        ArgumentChecks.positive(trials, "trials");
        ArgumentChecks.atMost(successes, "successes", trials, "trials");
        ArgumentChecks.openUnitInterval(alpha, "alpha");
        double z = STANDARD_NORMAL.inverseSurvivalProbability(alpha / 2.0);
        double n = trials;
        double rate = successes / n;
        double z2 = z * z;
        double denominator = 1 + z2 / n;
        double center = (rate + z2 / (2 * n)) / denominator;
        double halfWidth = z * Math.sqrt(rate * (1. - rate) / n + z2 / (4. * (n * n))) / denominator;
        return new RateInterval(Math.max(0.0, center - halfWidth), Math.min(1.0, center + halfWidth));
    }
}
