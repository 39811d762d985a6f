package dev.mlwb.analysis.stats;

/**
 * Bounds on the two-sample Kolmogorov–Smirnov statistic when both samples are counted only per bin of the
 * same edges, not per value.
 *
 * <p>At every bin edge both empirical CDFs are known exactly, so {@code D_edges = max_i |A_i/n − B_i/m|}
 * ({@code A_i}, {@code B_i}: values up to edge {@code i}) is one of the differences the statistic maximises
 * over: {@code D >= D_edges}. Inside bin {@code i} each CDF rises from its value at the edge below to its
 * value at the edge above, so no difference inside can exceed {@code max(A_i/n − B_(i−1)/m,
 * B_i/m − A_(i−1)/n)}: {@code D <= D_upper}, the largest of these over the bins. The exact statistic
 * (what {@code scipy.stats.ks_2samp} returns on the raw values) lies in {@code [D_edges, D_upper]}; the
 * width is at most the largest share of either sample in one bin.
 */
public final class BinnedKolmogorovSmirnov {
    private BinnedKolmogorovSmirnov() {
    }

    /**
     * @param referenceCounts reference values per bin, bins in value order
     * @param currentCounts current values per bin, the same bins
     * @return {@code D_edges} as the statistic and {@code D_upper} as its upper bound
     * @throws IllegalArgumentException if the lengths differ, a count is negative or a sample is empty
     */
    public static KsBounds of(long[] referenceCounts, long[] currentCounts) {
        return of(referenceCounts, currentCounts, new boolean[referenceCounts.length]);
    }

    /**
     * As {@link #of(long[], long[])}, where some bins are known to hold a single value: inside such a bin the CDFs
     * do not move, so it adds nothing beyond the difference at its edge.
     *
     * @param singleValue per bin, whether it can hold one value only
     */
    public static KsBounds of(long[] referenceCounts, long[] currentCounts, boolean[] singleValue) {
        long[] ref = ArgumentChecks.counts(referenceCounts, "referenceCounts");
        long[] cur = ArgumentChecks.counts(currentCounts, "currentCounts");
        ArgumentChecks.sameLength(ref.length, "referenceCounts", cur.length, "currentCounts");
        ArgumentChecks.sameLength(ref.length, "referenceCounts", singleValue.length, "singleValue");
        double n = ArgumentChecks.positiveTotal(ref, "referenceCounts");
        double m = ArgumentChecks.positiveTotal(cur, "currentCounts");
        long a = 0;
        long b = 0;
        double atEdges = 0;
        double upper = 0;
        for (int i = 0; i < ref.length; i++) {
            double below = singleValue[i] ? 0 : Math.max(Math.max(0, (a + ref[i]) / n - b / m), (b + cur[i]) / m - a / n);
            a += ref[i];
            b += cur[i];
            atEdges = Math.max(atEdges, Math.abs(a / n - b / m));
            upper = Math.max(upper, below);
        }
        return new KsBounds(atEdges, Math.max(upper, atEdges));
    }
}
