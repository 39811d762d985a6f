package dev.mlwb.analysis.stats;

import java.util.Arrays;

/**
 * The numeric PSI bins of the incident-bundle contract: edges are the reference's deciles with duplicates removed,
 * and a value falls in the first bin whose upper edge is {@code >=} the value; the last bin is open.
 *
 * <p>The deciles are {@code numpy.quantile(reference, [0.1, ..., 0.9])} with the default linear interpolation, which
 * DuckDB computes as {@code quantile_cont(x, [0.1, ..., 0.9])}. With distinct edges {@code e_0 < ... < e_{k-1}}
 * there are {@code k + 1} bins and
 * <pre>{@code   bin(v) = 0 if v <= e_0;  i if e_(i-1) < v <= e_i;  k if v > e_(k-1)}</pre>
 * which is {@code numpy.searchsorted(edges, v, side='left')}. A SQL builder produces the same assignment with
 * {@code CASE WHEN v <= e_0 THEN 0 WHEN v <= e_1 THEN 1 ... ELSE k END}. The tests check the assignment against
 * numpy on generated data, ties and duplicated deciles included.
 */
public final class PsiBins {
    private static final double[] DECILE_LEVELS = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};

    private final double[] edges;

    private PsiBins(double[] edges) {
        this.edges = edges;
    }

    /**
     * The probability levels whose reference quantiles are the edges: 0.1, 0.2, ..., 0.9.
     *
     * @return a fresh array of the nine levels
     */
    public static double[] decileLevels() {
        return DECILE_LEVELS.clone();
    }

    /**
     * Bins from the reference's quantiles, dropping repeated values (a feature with many equal values has
     * repeated deciles). {@code -0.0} is treated as {@code 0.0}.
     *
     * @param quantiles the reference's quantiles in ascending order, normally the nine deciles
     * @return the bins
     * @throws IllegalArgumentException if a quantile is not finite or the quantiles are not sorted
     */
    public static PsiBins fromQuantiles(double... quantiles) {
        double[] q = ArgumentChecks.finite(quantiles, "quantiles");
        ArgumentChecks.nonDecreasing(q, "quantiles");
        double[] distinct = new double[q.length];
        int k = 0;
        for (double value : q) {
            if (k == 0 || value != distinct[k - 1]) {
                distinct[k++] = value + 0.0;
            }
        }
        return new PsiBins(Arrays.copyOf(distinct, k));
    }

    /**
     * The distinct upper edges of every bin but the last.
     *
     * @return a copy of the edges, strictly increasing
     */
    public double[] edges() {
        return edges.clone();
    }

    /**
     * The number of bins, one more than the number of edges.
     *
     * @return the bin count
     */
    public int binCount() {
        return edges.length + 1;
    }

    /**
     * The bin of a value: the index of the first edge {@code >= value}, or {@link #binCount()} − 1 when the value
     * exceeds every edge.
     *
     * @param value a non-NaN value (nulls are counted separately by the caller)
     * @return the bin index in {@code [0, binCount())}
     * @throws IllegalArgumentException if the value is NaN
     */
    public int binOf(double value) {
        if (Double.isNaN(value)) {
            throw ArgumentChecks.fail("cannot bin NaN; count missing values separately");
        }
        int lo = 0;
        int hi = edges.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (edges[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Override
    public String toString() {
        return "PsiBins" + Arrays.toString(edges);
    }
}
