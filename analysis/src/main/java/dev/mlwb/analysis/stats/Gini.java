package dev.mlwb.analysis.stats;

import java.util.Arrays;

/**
 * Gini coefficient of exposures per item: 0 when every item is shown equally often, approaching 1 when one item
 * gets all exposures.
 *
 * <p>Definition: half the relative mean absolute difference over all ordered pairs (self-pairs included),
 * <pre>  G = Σ_i Σ_j |x_i − x_j| / (2 n² x̄)</pre>
 * evaluated as {@code Σ_i (2i − n − 1) x_(i) / (n Σ x)} over the counts sorted ascending ({@code i = 1..n}),
 * which is the same number in O(n log n). Items of the catalog that were never shown should be passed as zeros; they
 * raise the coefficient. One item gives 0; all-zero counts give NaN (no exposures to distribute).
 *
 * <p>Reference: numpy {@code np.abs(np.subtract.outer(x, x)).mean() / (2 * x.mean())} (within 1e-12 in the tests).
 */
public final class Gini {
    private Gini() {
    }

    /**
     * The Gini coefficient of exposure counts.
     *
     * @param exposuresPerItem exposures of each item, one entry per item
     * @return the coefficient in [0, 1 − 1/n], or NaN if every count is 0
     * @throws IllegalArgumentException if there are no items or a count is negative
     */
    public static double of(long[] exposuresPerItem) {
        long[] x = ArgumentChecks.counts(exposuresPerItem, "exposuresPerItem");
        ArgumentChecks.notEmpty(x.length, "exposuresPerItem");
        long total = ArgumentChecks.total(x, "exposuresPerItem");
        if (total == 0) {
            return Double.NaN;
        }
        Arrays.sort(x);
        long n = x.length;
        double weighted = 0;
        for (int i = 0; i < x.length; i++) {
            weighted += (2.0 * (i + 1) - n - 1) * x[i];
        }
        return weighted / ((double) n * total);
    }
}
