package dev.mlwb.analysis.stats;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Pooled two-proportion z-test comparing a treatment's success rate with a baseline's.
 *
 * <p>With rates {@code p_t = x_t / n_t}, {@code p_b = x_b / n_b} and the pooled rate
 * {@code p = (x_t + x_b) / (n_t + n_b)},
 * <pre>  z = (p_t − p_b) / sqrt(p (1 − p) (1/n_t + 1/n_b))</pre>
 * and the p-values are standard normal tail probabilities (Apache Commons Statistics {@link NormalDistribution}).
 * When the pooled variance is 0 (both groups all successes or all failures) {@code z} and the p-values are NaN.
 *
 * <p>Matches statsmodels' {@code proportions_ztest([x_t, x_b], [n_t, n_b], value=0)}: two-sided for
 * {@code alternative='two-sided'}, {@code pValueLower} for {@code 'smaller'}, {@code pValueHigher} for
 * {@code 'larger'}. statsmodels is not installed on the reference machine, so the reference values are its formula
 * evaluated with {@code scipy.stats.norm} (within 1e-12 in the tests).
 */
public final class TwoProportionZTest {
    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private TwoProportionZTest() {
    }

    /**
     * Compares the treatment's rate with the baseline's.
     *
     * @param baselineSuccesses successes in the baseline
     * @param baselineTrials trials in the baseline
     * @param treatmentSuccesses successes in the treatment
     * @param treatmentTrials trials in the treatment
     * @return rates, z, p-values and relative change
     * @throws IllegalArgumentException if a count is negative, trials are 0 or successes exceed trials
     */
    public static ProportionTestResult test(long baselineSuccesses, long baselineTrials, long treatmentSuccesses,
            long treatmentTrials) {
        ArgumentChecks.nonNegative(baselineSuccesses, "baselineSuccesses");
        ArgumentChecks.nonNegative(treatmentSuccesses, "treatmentSuccesses");
        ArgumentChecks.positive(baselineTrials, "baselineTrials");
        ArgumentChecks.positive(treatmentTrials, "treatmentTrials");
        ArgumentChecks.atMost(baselineSuccesses, "baselineSuccesses", baselineTrials, "baselineTrials");
        ArgumentChecks.atMost(treatmentSuccesses, "treatmentSuccesses", treatmentTrials, "treatmentTrials");
        double pb = (double) baselineSuccesses / baselineTrials;
        double pt = (double) treatmentSuccesses / treatmentTrials;
        double pooled = ((double) baselineSuccesses + treatmentSuccesses)
                / ((double) baselineTrials + treatmentTrials);
        double variance = pooled * (1 - pooled) * (1.0 / treatmentTrials + 1.0 / baselineTrials);
        double diff = pt - pb;
        if (variance == 0) {
            return new ProportionTestResult(pb, pt, Double.NaN, Double.NaN, Double.NaN, Double.NaN, diff / pb);
        }
        double z = diff / Math.sqrt(variance);
        double twoSided = 2 * STANDARD_NORMAL.survivalProbability(Math.abs(z));
        return new ProportionTestResult(pb, pt, z, twoSided, STANDARD_NORMAL.cumulativeProbability(z),
                STANDARD_NORMAL.survivalProbability(z), diff / pb);
    }
}
