package dev.mlwb.analysis.stats;

import java.util.Arrays;

/**
 * Share of all exposures that goes to the most exposed items, e.g. the top 1 % or 10 % of the catalog.
 *
 * <p>With {@code n} items, the top {@code k = ⌈fraction · n⌉} items (at least one) are the {@code k} largest
 * counts, and the share is their sum over the total. The product {@code fraction · n} is rounded to 9 decimals
 * before the ceiling so that, say, 7 % of 100 items is 7 items although {@code 0.07 * 100} is 7.000000000000001
 * in floating point.
 *
 * <p>Reference: numpy {@code np.sort(x)[::-1][:k].sum() / x.sum()} with
 * {@code k = max(1, math.ceil(round(fraction * n, 9)))} (within 1e-12 in the tests).
 */
public final class TopShare {
    private TopShare() {
    }

    /**
     * The share of exposures of the top {@code fraction} of items.
     *
     * @param exposuresPerItem exposures of each item, one entry per item (never-shown items as zeros)
     * @param fraction the fraction of items that counts as "top", in (0, 1]
     * @return the share in [0, 1], or NaN if every count is 0
     * @throws IllegalArgumentException if there are no items, a count is negative or the fraction is outside (0, 1]
     */
    public static double of(long[] exposuresPerItem, double fraction) {
        long[] x = ArgumentChecks.counts(exposuresPerItem, "exposuresPerItem");
        ArgumentChecks.notEmpty(x.length, "exposuresPerItem");
        int k = topItemCount(x.length, fraction);
        long total = ArgumentChecks.total(x, "exposuresPerItem");
        if (total == 0) {
            return Double.NaN;
        }
        Arrays.sort(x);
        long top = 0;
        for (int i = x.length - k; i < x.length; i++) {
            top += x[i];
        }
        return (double) top / total;
    }

    /**
     * The number of items counted as "top" among {@code items}.
     *
     * @param items the catalog size, positive
     * @param fraction the fraction of items, in (0, 1]
     * @return {@code max(1, ⌈fraction · items⌉)} with the rounding described above
     */
    public static int topItemCount(int items, double fraction) {
        ArgumentChecks.positive(items, "items");
        if (!(fraction > 0 && fraction <= 1)) {
            throw ArgumentChecks.fail("fraction must lie in (0, 1], but is %s", fraction);
        }
        return Math.max(1, (int) Math.ceil(Math.rint(fraction * items * 1e9) / 1e9));
    }
}
