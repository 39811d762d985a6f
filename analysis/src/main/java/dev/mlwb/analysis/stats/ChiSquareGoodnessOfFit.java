package dev.mlwb.analysis.stats;

import org.apache.commons.statistics.inference.ChiSquareTest;
import org.apache.commons.statistics.inference.SignificanceResult;

/**
 * Pearson's chi-square goodness-of-fit test of observed counts against expected shares, for instance canary
 * traffic per slice against the baseline's slice shares.
 *
 * <p>Expected counts are the shares rescaled to the observed total; the statistic is {@code Σ (o − e)² / e} with
 * {@code k − 1} degrees of freedom over the {@code k} categories kept; statistic and p-value come from Apache
 * Commons Statistics {@link ChiSquareTest}. Categories with expected share 0 and no observations are dropped. A
 * category with expected share 0 but observations makes the statistic infinite and the p-value 0 (what scipy
 * computes, with a division warning). With fewer than two categories left the result is statistic 0, p-value 1.
 *
 * <p>Matches {@code scipy.stats.chisquare(observed, f_exp=shares / shares.sum() * observed.sum())} of scipy 1.10.1
 * (within 1e-12 relative in the tests).
 */
public final class ChiSquareGoodnessOfFit {
    private ChiSquareGoodnessOfFit() {
    }

    /**
     * Tests observed counts against expected shares.
     *
     * @param observed observed counts per category
     * @param expectedShares expected weight per category, any positive scale (shares, or the reference counts)
     * @return statistic, degrees of freedom and p-value
     * @throws IllegalArgumentException if the lengths differ, a count or weight is negative or not finite, or
     *     either side sums to zero
     */
    public static ChiSquareResult test(long[] observed, double[] expectedShares) {
        long[] obs = ArgumentChecks.counts(observed, "observed");
        double[] exp = ArgumentChecks.finite(expectedShares, "expectedShares");
        ArgumentChecks.sameLength(obs.length, "observed", exp.length, "expectedShares");
        ArgumentChecks.positiveTotal(obs, "observed");
        int kept = 0;
        boolean impossible = false;
        for (int i = 0; i < exp.length; i++) {
            if (exp[i] < 0) {
                throw ArgumentChecks.fail("expectedShares must not be negative, but expectedShares[%d] = %s",
                        i, exp[i]);
            }
            kept += exp[i] > 0 ? 1 : 0;
            impossible |= exp[i] == 0 && obs[i] > 0;
        }
        if (kept == 0) {
            throw ArgumentChecks.fail("expectedShares must not all be zero");
        }
        if (impossible) {
            return new ChiSquareResult(Double.POSITIVE_INFINITY, nonEmpty(obs, exp) - 1, 0.0);
        }
        if (kept < 2) {
            return new ChiSquareResult(0.0, 0, 1.0);
        }
        long[] o = new long[kept];
        double[] e = new double[kept];
        int k = 0;
        for (int i = 0; i < exp.length; i++) {
            if (exp[i] > 0) {
                o[k] = obs[i];
                e[k++] = exp[i];
            }
        }
        SignificanceResult result = ChiSquareTest.withDefaults().test(e, o);
        return new ChiSquareResult(result.getStatistic(), kept - 1, result.getPValue());
    }

    private static int nonEmpty(long[] obs, double[] exp) {
        int n = 0;
        for (int i = 0; i < obs.length; i++) {
            n += obs[i] > 0 || exp[i] > 0 ? 1 : 0;
        }
        return n;
    }
}
