package dev.mlwb.analysis.checks.data;

import dev.mlwb.analysis.profile.Distribution;
import dev.mlwb.analysis.profile.FineEdges;
import dev.mlwb.analysis.stats.Psi;
import dev.mlwb.analysis.stats.PsiBins;
import dev.mlwb.analysis.stats.PsiRange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * The PSI bins of a numeric subject: cut at the reference's deciles ({@link PsiBins}).
 *
 * <p>With the reference counted per value the deciles are exact ({@code numpy.quantile}, linear), and so
 * are the counts of every side counted per value or on fine edges that include them. With the reference
 * counted on fine edges, each decile is known to lie in a narrow bracket (the fine bins holding its two
 * order statistics): the bins are cut at the bracket's edge whose reference share is closest to the
 * decile's level, which gives exact counts on nearly equal-mass bins, and every side's count up to the
 * true decile is known to lie between its counts at the bracket's ends. {@link #psi} returns the PSI on
 * the cut bins and the range ({@link PsiRange}) that holds the PSI on the exact deciles.
 */
final class DecileCut {
    /** Where the exact decile lies: in {@code (low, high]}; {@code low == high} when it is known. */
    private record Bracket(double estimate, double low, double high) {
    }

    private final List<Bracket> cuts;
    private final boolean exact;

    private DecileCut(List<Bracket> cuts, boolean exact) {
        this.cuts = cuts;
        this.exact = exact;
    }

    /** The bins of a reference with values (NaN excluded). */
    static DecileCut of(Distribution ref) {
        double[] levels = PsiBins.decileLevels();
        if (ref.exact()) {
            double[] edges = PsiBins.fromQuantiles(FineEdges.quantiles(ref, levels)).edges();
            List<Bracket> cuts = new ArrayList<>();
            for (double e : edges) {
                cuts.add(new Bracket(e, e, e));
            }
            return new DecileCut(cuts, true);
        }
        long n = ref.total();
        long[] cum = ref.cumulative();
        double[] uppers = ref.uppers();
        TreeMap<Double, Bracket> byEstimate = new TreeMap<>();
        for (double p : levels) {
            double h = (n - 1) * p;
            int j1 = binOfRank(cum, (long) Math.floor(h));
            int j2 = binOfRank(cum, Math.min((long) Math.floor(h) + 1, n - 1));
            if (j1 == j2 && ref.singleValue(j1)) {
                // both order statistics are the one value of this bin: the decile is that value
                byEstimate.putIfAbsent(uppers[j1], new Bracket(uppers[j1], uppers[j1], uppers[j1]));
                continue;
            }
            // the decile lies above the bin below the first order statistic (at or above its value, if alone in its
            // bin) and at most at the second order statistic's bin's top (below its value, if alone in its bin)
            double low = ref.singleValue(j1) ? uppers[j1] : j1 == 0 ? Double.NEGATIVE_INFINITY : uppers[j1 - 1];
            double high = ref.singleValue(j2) && j2 > j1 ? uppers[j2 - 1] : uppers[j2];
            double best = Double.NaN;
            double bestGap = Double.POSITIVE_INFINITY;
            for (int i = Math.max(0, j1 - 1); i <= j2; i++) {
                if (Double.isFinite(uppers[i]) && uppers[i] >= low && uppers[i] <= high
                        && Math.abs((double) cum[i] / n - p) < bestGap) {
                    best = uppers[i];
                    bestGap = Math.abs((double) cum[i] / n - p);
                }
            }
            if (Double.isNaN(best)) {
                continue;
            }
            double at = best;
            byEstimate.merge(at, new Bracket(at, low, high),
                    (x, y) -> new Bracket(at, Math.min(x.low(), y.low()), Math.max(x.high(), y.high())));
        }
        return new DecileCut(List.copyOf(byEstimate.values()), false);
    }

    /** The bin holding the value of this rank (0-based) among the sorted values. */
    private static int binOfRank(long[] cum, long rank) {
        int i = Arrays.binarySearch(cum, rank + 1);
        return i >= 0 ? firstOf(cum, i) : -i - 1;
    }

    private static int firstOf(long[] cum, int i) {
        while (i > 0 && cum[i - 1] == cum[i]) {
            i--;
        }
        return i;
    }

    /** Whether the bins are cut at the exact deciles. */
    boolean exact() {
        return exact;
    }

    /** The cut edges, ascending: one bin more than edges. */
    double[] edges() {
        return cuts.stream().mapToDouble(Bracket::estimate).toArray();
    }

    /** Values per bin at the cut edges (exact for a side counted per value or on edges that include them). */
    long[] counts(Distribution d) {
        long[] out = new long[cuts.size() + 1];
        long before = 0;
        for (int i = 0; i < cuts.size(); i++) {
            long upTo = d.countAtMost(cuts.get(i).estimate())[0];
            out[i] = upTo - before;
            before = upTo;
        }
        out[cuts.size()] = d.total() - before;
        return out;
    }

    /** The PSI of a side against the reference on these bins, and the range of the PSI on the exact deciles. */
    Result psi(Distribution ref, Distribution cur) {
        long[] r = counts(ref);
        long[] c = counts(cur);
        double[] terms = Psi.contributions(r, c);
        double psi = Arrays.stream(terms).sum();
        if (exact && isExactAtCuts(cur) && isExactAtCuts(ref)) {
            return new Result(r, c, terms, psi, psi, psi);
        }
        double[][] rs = shares(ref);
        double[][] cs = shares(cur);
        double[] range = PsiRange.of(rs[0], rs[1], cs[0], cs[1]);
        return new Result(r, c, terms, psi, Math.min(range[0], psi), Math.max(range[1], psi));
    }

    private boolean isExactAtCuts(Distribution d) {
        return cuts.stream().allMatch(b -> {
            long[] n = d.countAtMost(b.estimate());
            return n[0] == n[1];
        });
    }

    /** The smallest and largest share per bin of the exact deciles' bins. */
    private double[][] shares(Distribution d) {
        int k = cuts.size();
        long[] lo = new long[k];
        long[] hi = new long[k];
        for (int i = 0; i < k; i++) {
            Bracket b = cuts.get(i);
            lo[i] = Double.isInfinite(b.low()) ? 0 : d.countAtMost(b.low())[0];
            hi[i] = d.countAtMost(b.high())[1];
        }
        double total = d.total();
        double[] low = new double[k + 1];
        double[] high = new double[k + 1];
        for (int i = 0; i <= k; i++) {
            long below0 = i == 0 ? 0 : lo[i - 1];
            long below1 = i == 0 ? 0 : hi[i - 1];
            long upTo0 = i == k ? d.total() : lo[i];
            long upTo1 = i == k ? d.total() : hi[i];
            low[i] = Math.max(0, upTo0 - below1) / total;
            high[i] = Math.max(0, upTo1 - below0) / total;
        }
        return new double[][] {low, high};
    }

    /**
     * @param reference reference values per bin
     * @param current current values per bin
     * @param terms each bin's PSI term
     * @param psi PSI on these bins
     * @param low the smallest the PSI on the exact deciles can be
     * @param high the largest it can be
     */
    record Result(long[] reference, long[] current, double[] terms, double psi, double low, double high) {
    }
}
