package dev.mlwb.analysis.profile;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * A numeric column's values counted per bin, NaN and nulls apart: either exactly (one bin per
 * distinct value, the bin's upper edge being the value) or on shared upper edges, where a value
 * {@code v} falls in the first bin whose upper edge is {@code >= v} and the last bin's upper edge is
 * {@code +∞}. Two binned distributions of one column share their edges, so their CDFs are known
 * exactly at every edge and bounded in between.
 *
 * @param exact one bin per distinct value
 * @param uppers the bins' upper edges, strictly increasing (for a binned distribution the last is +∞)
 * @param counts values per bin
 * @param min the smallest value (NaN without values)
 * @param max the largest value (NaN without values)
 */
public record Distribution(boolean exact, double[] uppers, long[] counts, double min, double max) {

    public Distribution {
        if (uppers.length != counts.length) {
            throw new IllegalArgumentException("uppers and counts differ in length");
        }
    }

    /** No values. */
    public static Distribution empty(boolean exact, double[] edges) {
        double[] uppers = exact ? new double[0] : withInfinity(edges);
        return new Distribution(exact, uppers, new long[uppers.length], Double.NaN, Double.NaN);
    }

    /** Exact counts per distinct value (NaN keys are ignored: count them apart). */
    public static Distribution exact(Map<Double, Long> valueCounts) {
        TreeMap<Double, Long> sorted = new TreeMap<>();
        valueCounts.forEach((v, n) -> {
            if (v != null && !Double.isNaN(v) && n > 0) {
                sorted.merge(v + 0.0, n, Long::sum);
            }
        });
        double[] uppers = sorted.keySet().stream().mapToDouble(Double::doubleValue).toArray();
        long[] counts = sorted.values().stream().mapToLong(Long::longValue).toArray();
        return new Distribution(true, uppers, counts, uppers.length == 0 ? Double.NaN : uppers[0],
                uppers.length == 0 ? Double.NaN : uppers[uppers.length - 1]);
    }

    /**
     * Counts on edges: {@code histogram} maps each bin's upper edge (an edge, or +∞ for the last bin) to its
     * count, as DuckDB's {@code histogram(x, edges)} does; missing bins are empty.
     */
    public static Distribution binned(double[] edges, Map<Double, Long> histogram, double min, double max) {
        double[] uppers = withInfinity(edges);
        long[] counts = new long[uppers.length];
        histogram.forEach((upper, n) -> {
            int i = Arrays.binarySearch(uppers, upper + 0.0);
            if (i < 0) {
                throw new IllegalArgumentException("no bin has the upper edge " + upper);
            }
            counts[i] += n;
        });
        return new Distribution(false, uppers, counts, min, max);
    }

    /** Upper edges of the bins on {@code edges}: the edges, then +∞. */
    static double[] withInfinity(double[] edges) {
        double[] uppers = Arrays.copyOf(edges, edges.length + 1);
        uppers[edges.length] = Double.POSITIVE_INFINITY;
        return uppers;
    }

    /**
     * Whether bin {@code i} can hold one value only: an exact distribution's bins always; a binned one's when its
     * lower edge is the double just below its upper edge (edges placed around values many rows share).
     */
    public boolean singleValue(int i) {
        return exact || i > 0 && Double.isFinite(uppers[i]) && uppers[i - 1] == Math.nextDown(uppers[i]);
    }

    /** Values counted. */
    public long total() {
        long n = 0;
        for (long c : counts) {
            n += c;
        }
        return n;
    }

    /** The edges of a binned distribution (its uppers but the last); an exact one's distinct values. */
    public double[] edges() {
        return exact ? uppers.clone() : Arrays.copyOf(uppers, uppers.length - 1);
    }

    /** How many values are {@code <= x} when x is an upper edge; otherwise a bound (see {@link #countAtMost}). */
    public long[] cumulative() {
        long[] out = new long[counts.length];
        long n = 0;
        for (int i = 0; i < counts.length; i++) {
            n += counts[i];
            out[i] = n;
        }
        return out;
    }

    /**
     * Bounds on how many values are {@code <= x}: exact ({@code [n, n]}) for an exact distribution or at an
     * edge; otherwise the count up to the edge below {@code x} and up to the edge above it.
     */
    public long[] countAtMost(double x) {
        long below = 0;
        for (int i = 0; i < uppers.length; i++) {
            if (uppers[i] <= x) {
                below += counts[i];
            } else if (exact || i > 0 && uppers[i - 1] == x) {
                return new long[] {below, below};
            } else {
                boolean holds = counts[i] > 0 && !(max <= x) && !(min > x);
                return new long[] {below, holds ? below + counts[i] : below};
            }
        }
        return new long[] {below, below};
    }

    /** This distribution with another's values added (both exact, or both binned on the same edges). */
    public Distribution plus(Distribution o) {
        if (o.total() == 0) {
            return this;
        }
        if (total() == 0 && exact == o.exact && (exact || Arrays.equals(uppers, o.uppers))) {
            return o;
        }
        double lo = Double.isNaN(min) ? o.min : Double.isNaN(o.min) ? min : Math.min(min, o.min);
        double hi = Double.isNaN(max) ? o.max : Double.isNaN(o.max) ? max : Math.max(max, o.max);
        if (exact && o.exact) {
            TreeMap<Double, Long> m = new TreeMap<>();
            for (Distribution d : new Distribution[] {this, o}) {
                for (int i = 0; i < d.uppers.length; i++) {
                    m.merge(d.uppers[i], d.counts[i], Long::sum);
                }
            }
            return exact(m);
        }
        if (exact || o.exact || !Arrays.equals(uppers, o.uppers)) {
            throw new IllegalArgumentException("distributions on different bins cannot be added");
        }
        long[] sum = counts.clone();
        for (int i = 0; i < sum.length; i++) {
            sum[i] += o.counts[i];
        }
        return new Distribution(false, uppers, sum, lo, hi);
    }

    /** An exact distribution counted on edges (a binned one on its own edges is returned as it is). */
    public Distribution onEdges(double[] edges) {
        if (!exact) {
            if (!Arrays.equals(edges(), edges)) {
                throw new IllegalArgumentException("a binned distribution cannot be counted on other edges");
            }
            return this;
        }
        double[] uppers = withInfinity(edges);
        long[] out = new long[uppers.length];
        for (int i = 0; i < this.uppers.length; i++) {
            int b = Arrays.binarySearch(uppers, this.uppers[i]);
            out[b >= 0 ? b : -b - 1] += counts[i];
        }
        return new Distribution(false, uppers, out, min, max);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Distribution d && exact == d.exact && Arrays.equals(uppers, d.uppers)
                && Arrays.equals(counts, d.counts) && Double.compare(min, d.min) == 0 && Double.compare(max, d.max) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(uppers) + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return (exact ? "exact" : "binned") + Arrays.toString(uppers) + "=" + Arrays.toString(counts);
    }
}
