package dev.mlwb.analysis.stats;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Wald test of the ratio of two independent proportions on the log scale, against a hypothesised
 * ratio: is the treatment's rate more than a tolerated fraction below the baseline's?
 *
 * <p>With rates {@code p_t = x_t / n_t} and {@code p_b = x_b / n_b},
 * <pre>  z = (ln(p_t / p_b) − ln(r0)) / sqrt(1/x_t − 1/n_t + 1/x_b − 1/n_b)</pre>
 * and the p-values are standard normal tail probabilities. A canary whose rate is significantly more than 5 %
 * below the baseline's has a small {@code pValueLower} for {@code r0 = 0.95}. With no successes in either group
 * the log ratio is undefined and {@code z} and the p-values are NaN.
 *
 * <p>Matches statsmodels' {@code test_proportions_2indep(x_t, n_t, x_b, n_b, value=r0, compare='ratio',
 * method='log')}. statsmodels is not installed on the reference machine, so the reference values are its formula
 * evaluated with {@code scipy.stats.norm} (within 1e-12 in the tests).
 */
public final class RiskRatioZTest {
    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private RiskRatioZTest() {
    }

    /**
     * Tests the treatment's rate over the baseline's against {@code hypothesis}.
     *
     * @param baselineSuccesses successes in the baseline
     * @param baselineTrials trials in the baseline
     * @param treatmentSuccesses successes in the treatment
     * @param treatmentTrials trials in the treatment
     * @param hypothesis the ratio under the null hypothesis, positive
     * @return the ratio, its standard error on the log scale, z and the one-sided p-values
     * @throws IllegalArgumentException if a count is negative, trials are 0, successes exceed trials or the
     *     hypothesis is not positive
     */
    public static RiskRatioTestResult test(long baselineSuccesses, long baselineTrials, long treatmentSuccesses,
            long treatmentTrials, double hypothesis) {
        ArgumentChecks.nonNegative(baselineSuccesses, "baselineSuccesses");
        ArgumentChecks.nonNegative(treatmentSuccesses, "treatmentSuccesses");
        ArgumentChecks.positive(baselineTrials, "baselineTrials");
        ArgumentChecks.positive(treatmentTrials, "treatmentTrials");
        ArgumentChecks.atMost(baselineSuccesses, "baselineSuccesses", baselineTrials, "baselineTrials");
        ArgumentChecks.atMost(treatmentSuccesses, "treatmentSuccesses", treatmentTrials, "treatmentTrials");
        if (!(hypothesis > 0 && Double.isFinite(hypothesis))) {
            throw ArgumentChecks.fail("hypothesis must be a positive ratio, but is %s", hypothesis);
        }
        double ratio = ((double) treatmentSuccesses / treatmentTrials) / ((double) baselineSuccesses / baselineTrials);
        if (baselineSuccesses == 0 || treatmentSuccesses == 0) {
            return new RiskRatioTestResult(ratio, hypothesis, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double se = Math.sqrt(1.0 / treatmentSuccesses - 1.0 / treatmentTrials + 1.0 / baselineSuccesses
                - 1.0 / baselineTrials);
        double z = (Math.log(ratio) - Math.log(hypothesis)) / se;
        if (se == 0) {
            return new RiskRatioTestResult(ratio, hypothesis, se, Double.NaN, Double.NaN, Double.NaN);
        }
        return new RiskRatioTestResult(ratio, hypothesis, se, z, STANDARD_NORMAL.cumulativeProbability(z),
                STANDARD_NORMAL.survivalProbability(z));
    }
}
