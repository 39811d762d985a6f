package dev.mlwb.analysis.checks.data;

import dev.mlwb.analysis.profile.Distribution;
import dev.mlwb.analysis.stats.BinnedKolmogorovSmirnov;
import dev.mlwb.analysis.stats.KolmogorovSmirnov;
import dev.mlwb.analysis.stats.KsBounds;
import dev.mlwb.analysis.stats.KsResult;
import java.util.Map;
import java.util.TreeMap;

/**
 * Two distributions of one column on the same bins: per distinct value when both were counted per
 * value, else on the shared fine edges (a side counted per value is counted on the other's edges).
 *
 * @param exact per distinct value
 * @param reference reference values per bin
 * @param current current values per bin
 * @param values the bins' values (exact) or upper edges
 */
record Aligned(boolean exact, double[] values, long[] reference, long[] current, boolean[] singleValue) {

    static Aligned of(Distribution ref, Distribution cur) {
        if (ref.exact() && cur.exact()) {
            TreeMap<Double, long[]> merged = new TreeMap<>();
            add(merged, ref, 0);
            add(merged, cur, 1);
            double[] values = new double[merged.size()];
            long[] a = new long[merged.size()];
            long[] b = new long[merged.size()];
            int i = 0;
            for (Map.Entry<Double, long[]> e : merged.entrySet()) {
                values[i] = e.getKey();
                a[i] = e.getValue()[0];
                b[i] = e.getValue()[1];
                i++;
            }
            boolean[] single = new boolean[values.length];
            java.util.Arrays.fill(single, true);
            return new Aligned(true, values, a, b, single);
        }
        double[] edges = (ref.exact() ? cur : ref).edges();
        Distribution r = ref.onEdges(edges);
        Distribution c = cur.onEdges(edges);
        boolean[] single = new boolean[r.uppers().length];
        for (int i = 0; i < single.length; i++) {
            single[i] = r.singleValue(i);
        }
        return new Aligned(false, r.uppers(), r.counts(), c.counts(), single);
    }

    /** Infinite values are ordered as the largest finite ones, which the KS test needs. */
    private static void add(TreeMap<Double, long[]> merged, Distribution d, int side) {
        for (int i = 0; i < d.uppers().length; i++) {
            double v = Math.max(-Double.MAX_VALUE, Math.min(Double.MAX_VALUE, d.uppers()[i]));
            merged.computeIfAbsent(v, k -> new long[2])[side] += d.counts()[i];
        }
    }

    /** The KS statistic, its p-value, and how much larger the exact statistic may be (0 when exact). */
    Ks ks() {
        if (exact) {
            KsResult r = KolmogorovSmirnov.test(values, reference, current);
            return new Ks(r.statistic(), r.pValue(), 0);
        }
        KsBounds b = BinnedKolmogorovSmirnov.of(reference, current, singleValue);
        long n = java.util.Arrays.stream(reference).sum();
        long m = java.util.Arrays.stream(current).sum();
        return new Ks(b.statistic(), KolmogorovSmirnov.pValue(b.statistic(), n, m), b.bound());
    }

    /** A KS statistic with its p-value and bound. */
    record Ks(double statistic, double pValue, double bound) {
    }
}
