package dev.mlwb.analysis.stats;

import org.apache.commons.statistics.distribution.BetaDistribution;

/**
 * One-sided exact (Clopper–Pearson) confidence bounds for a binomial rate: the bounds that never cover less than
 * their nominal level, however small the sample. With {@code k} events in {@code n} trials, the lower bound at
 * level {@code 1 − alpha} is the {@code alpha} quantile of {@code Beta(k, n − k + 1)} (0 when {@code k = 0}) and
 * the upper bound the {@code 1 − alpha} quantile of {@code Beta(k + 1, n − k)} (1 when {@code k = n}).
 *
 * <p>The lower bound lies above a level {@code p} exactly when {@link BinomialTail#atLeast(long, long, double)
 * BinomialTail.atLeast(k, n, p)} is below {@code alpha}, so it states the same evidence as that test as a rate.
 * Matches {@code scipy.stats.beta.ppf(alpha, k, n - k + 1)} and {@code beta.ppf(1 - alpha, k + 1, n - k)}, i.e.
 * statsmodels' {@code proportion_confint(k, n, alpha=2*alpha, method='beta')}.
 */
public final class ClopperPearson {
    private ClopperPearson() {
    }

    /**
     * The one-sided lower bound of the rate at confidence {@code 1 − alpha}.
     *
     * @param k events, {@code 0 <= k <= n}
     * @param n trials, at least 1
     * @param alpha in (0, 1), e.g. 0.05 for a 95 % bound
     */
    public static double lower(long k, long n, double alpha) {
        check(k, n, alpha);
        if (k == 0) {
            return 0.0;
        }
        return BetaDistribution.of(k, n - k + 1.0).inverseCumulativeProbability(alpha);
    }

    /**
     * The one-sided upper bound of the rate at confidence {@code 1 − alpha}.
     *
     * @param k events, {@code 0 <= k <= n}
     * @param n trials, at least 1
     * @param alpha in (0, 1), e.g. 0.05 for a 95 % bound
     */
    public static double upper(long k, long n, double alpha) {
        check(k, n, alpha);
        if (k == n) {
            return 1.0;
        }
        return BetaDistribution.of(k + 1.0, (double) (n - k)).inverseCumulativeProbability(1 - alpha);
    }

    private static void check(long k, long n, double alpha) {
        ArgumentChecks.nonNegative(k, "k");
        ArgumentChecks.positive(n, "n");
        ArgumentChecks.atMost(k, "k", n, "n");
        ArgumentChecks.openUnitInterval(alpha, "alpha");
    }
}
