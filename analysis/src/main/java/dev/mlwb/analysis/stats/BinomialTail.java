package dev.mlwb.analysis.stats;

import org.apache.commons.statistics.distribution.BinomialDistribution;

/**
 * Exact tail probabilities of a binomial count, for one-sided tests of a rate against a fixed level: "are
 * {@code k} failures in {@code n} trials evidence that the failure rate exceeds {@code p}?" is
 * {@code P(X >= k)} for {@code X ~ Binomial(n, p)}.
 *
 * <p>Matches {@code scipy.stats.binomtest(k, n, p, alternative='greater').pvalue} (= {@code binom.sf(k - 1, n, p)})
 * and {@code alternative='less'} (= {@code binom.cdf(k, n, p)}); the distribution is Apache Commons Statistics'
 * {@link BinomialDistribution}.
 */
public final class BinomialTail {
    private BinomialTail() {
    }

    /**
     * {@code P(X >= k)}: the one-sided p-value of "the rate is greater than {@code p}".
     *
     * @param k observed events, {@code 0 <= k <= n}
     * @param n trials, at least 1 and at most {@link Integer#MAX_VALUE}
     * @param p the rate under the null hypothesis, in [0, 1]
     * @throws IllegalArgumentException if the counts are inconsistent or {@code p} is not a probability
     */
    public static double atLeast(long k, long n, double p) {
        check(k, n, p);
        if (k == 0) {
            return 1.0;
        }
        return BinomialDistribution.of((int) n, p).survivalProbability((int) (k - 1));
    }

    /**
     * {@code P(X <= k)}: the one-sided p-value of "the rate is lower than {@code p}".
     *
     * @param k observed events, {@code 0 <= k <= n}
     * @param n trials, at least 1 and at most {@link Integer#MAX_VALUE}
     * @param p the rate under the null hypothesis, in [0, 1]
     * @throws IllegalArgumentException if the counts are inconsistent or {@code p} is not a probability
     */
    public static double atMost(long k, long n, double p) {
        check(k, n, p);
        return BinomialDistribution.of((int) n, p).cumulativeProbability((int) k);
    }

    /**
     * The conditional (exact) test of two Poisson-like event counts against a rate ratio: given {@code kt} events
     * in {@code nt} trials of a treatment and {@code kb} in {@code nb} of a baseline, the p-value of "the
     * treatment's rate is more than {@code ratio} times the baseline's". Conditional on the total
     * {@code kt + kb}, {@code kt} is binomial with {@code p0 = ratio·nt / (ratio·nt + nb)} under the null
     * (Przyborowski &amp; Wilenski 1940); the test is exact for Poisson counts and conservative for rare binomial
     * events such as request errors.
     *
     * <p>Matches {@code scipy.stats.binomtest(kt, kt + kb, ratio*nt/(ratio*nt + nb), alternative='greater').pvalue}.
     *
     * @return the p-value; 1 when neither arm had an event
     */
    public static double rateRatioGreater(long kt, long nt, long kb, long nb, double ratio) {
        ArgumentChecks.nonNegative(kt, "kt");
        ArgumentChecks.nonNegative(kb, "kb");
        ArgumentChecks.positive(nt, "nt");
        ArgumentChecks.positive(nb, "nb");
        if (!(ratio > 0 && Double.isFinite(ratio))) {
            throw ArgumentChecks.fail("ratio must be a positive number, but is %s", ratio);
        }
        long total = kt + kb;
        if (total == 0) {
            return 1.0;
        }
        double p0 = ratio * nt / (ratio * nt + nb);
        return atLeast(kt, total, p0);
    }

    private static void check(long k, long n, double p) {
        ArgumentChecks.nonNegative(k, "k");
        ArgumentChecks.positive(n, "n");
        ArgumentChecks.atMost(k, "k", n, "n");
        if (n > Integer.MAX_VALUE) {
            throw ArgumentChecks.fail("n must be at most %d, but is %d", Integer.MAX_VALUE, n);
        }
        ArgumentChecks.probability(p, "p");
    }
}
