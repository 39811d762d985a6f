package dev.mlwb.analysis.profile;

import java.util.Arrays;
import java.util.TreeSet;

/**
 * Where a numeric column's fine bins are cut: at the reference's quantiles at {@link #levels()}
 * (every percentile, and every 0.15 % of rank within 1.5 % of each decile, so that the deciles the PSI
 * cuts at fall in narrow bins), plus, for every reference, the double just below its smallest value and its largest (so that values outside
 * the reference's range are counted exactly).
 */
public final class FineEdges {
    private static final double[] LEVELS = levelsOf();

    private FineEdges() {
    }

    private static double[] levelsOf() {
        TreeSet<Double> levels = new TreeSet<>();
        for (int i = 1; i < 100; i++) {
            levels.add(i / 100.0);
        }
        for (int k = 1; k <= 9; k++) {
            for (int j = -10; j <= 10; j++) {
                levels.add(Math.round((k / 10.0 + j * 0.0015) * 1e6) / 1e6);
            }
        }
        return levels.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The probability levels of the edges, ascending (about 270). */
    public static double[] levels() {
        return LEVELS.clone();
    }

    /**
     * Edges from quantiles and extra values: finite, sorted, without repeats ({@code -0.0} as {@code 0.0}). A value
     * that is the quantile of two levels or more holds at least a percent of the rows on its own: the double just
     * below it becomes an edge too, so that it gets a bin of its own ({@link Distribution#singleValue}) and counts
     * at it stay exact (integer-valued and zero-inflated features).
     */
    public static double[] of(double[] quantiles, double... extra) {
        TreeSet<Double> edges = new TreeSet<>();
        for (int i = 0; i < quantiles.length; i++) {
            double v = quantiles[i] + 0.0;
            if (Double.isFinite(v)) {
                edges.add(v);
                if (i > 0 && quantiles[i - 1] + 0.0 == v) {
                    edges.add(Math.nextDown(v));
                }
            }
        }
        for (double v : extra) {
            if (Double.isFinite(v)) {
                edges.add(v + 0.0);
            }
        }
        return edges.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * The quantiles of an exact distribution at these levels, as {@code numpy.quantile} computes them
     * (linear interpolation between order statistics).
     */
    public static double[] quantiles(Distribution exact, double[] levels) {
        if (!exact.exact()) {
            throw new IllegalArgumentException("quantiles need an exact distribution");
        }
        long n = exact.total();
        double[] out = new double[levels.length];
        if (n == 0) {
            Arrays.fill(out, Double.NaN);
            return out;
        }
        long[] cum = exact.cumulative();
        for (int i = 0; i < levels.length; i++) {
            double h = (n - 1) * levels[i];
            long lo = (long) Math.floor(h);
            long hi = Math.min(lo + 1, n - 1);
            double a = orderStatistic(exact, cum, lo);
            double b = orderStatistic(exact, cum, hi);
            out[i] = a + (h - lo) * (b - a);
        }
        return out;
    }

    /** The value of rank {@code k} (0-based) among the sorted values. */
    private static double orderStatistic(Distribution d, long[] cum, long k) {
        int i = Arrays.binarySearch(cum, k + 1);
        int at = i >= 0 ? i : -i - 1;
        return d.uppers()[at];
    }
}
