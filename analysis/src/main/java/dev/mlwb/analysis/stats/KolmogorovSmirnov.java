package dev.mlwb.analysis.stats;

/**
 * Two-sample Kolmogorov–Smirnov test from per-distinct-value counts.
 *
 * <p>The statistic is {@code D = max_v |F_ref(v) − F_cur(v)|} where {@code F} are the empirical CDFs evaluated at
 * every distinct value {@code v} of either sample (ties are resolved the way {@code numpy.searchsorted(...,
 * side='right')} does: the CDFs are compared after each whole group of equal values).
 *
 * <p>The p-value matches {@code scipy.stats.ks_2samp(ref, cur, alternative='two-sided', method='auto')} of scipy
 * 1.10.1:
 * <ul>
 * <li>if {@code max(n, m) <= 10000}: the exact distribution. {@code D} is first rounded to the lattice
 * {@code h / lcm(n, m)}; for {@code n == m} the Gnedenko–Korolyuk alternating sum, otherwise the Hodges "inside"
 * lattice-path recursion in the form of Viehmann (2021), both transcribed operation for operation from scipy
 * ({@code _compute_prob_outside_square} and {@code _compute_outer_prob_inside_method}). Should the recursion not
 * produce a probability, scipy falls back to the asymptotic branch, and so does this class.
 * <li>otherwise: {@code scipy.stats.kstwo.sf(D, round(n·m / (n + m)))}, the two-sided one-sample distribution,
 * computed as scipy does (Simard &amp; L'Ecuyer's choice among the Durbin matrix, Pomeranz, Pelz–Good and Smirnov
 * methods); see {@code KolmogorovTwoSided}.
 * </ul>
 * Apache Commons Statistics implements the same methods but exposes them only for raw samples, so they are
 * re-implemented here for aggregates and for a statistic computed in SQL ({@link #pValue(double, long, long)}).
 * In the tests the exact branch reproduces scipy's p-values bit for bit; the asymptotic branch agrees within
 * 4e-13 relative, because the one-sided Smirnov sum is evaluated with Commons' binomial PMF instead of scipy's
 * double-double arithmetic (see {@code SmirnovOneSided}).
 *
 * <p>Cost: the exact branch is O(n·m·D) in the worst case (about 0.7 s for n = m = 10^4 and D near 1, milliseconds
 * for the small D of real drift); the asymptotic branch is at most O(N) binomial terms, N = round(n·m/(n + m)),
 * about 0.2 s at N = 10^6 (scipy takes 2 s there), and O(1) above 10^6.
 */
public final class KolmogorovSmirnov {
    /** Largest sample size for which scipy's {@code method='auto'} uses the exact distribution. */
    public static final int MAX_EXACT_SIZE = 10_000;

    private KolmogorovSmirnov() {
    }

    /**
     * Statistic and two-sided p-value from the merged per-distinct-value counts of both samples.
     *
     * @param values the distinct values of either sample, strictly increasing (a {@code GROUP BY value ORDER BY
     *     value} over the union of both samples)
     * @param referenceCounts how often each value occurs in the reference sample
     * @param currentCounts how often each value occurs in the current sample
     * @return the statistic and p-value
     * @throws IllegalArgumentException if the arrays differ in length, values are not strictly increasing or
     *     finite, a count is negative, or a sample is empty
     */
    public static KsResult test(double[] values, long[] referenceCounts, long[] currentCounts) {
        long[] ref = ArgumentChecks.counts(referenceCounts, "referenceCounts");
        long[] cur = ArgumentChecks.counts(currentCounts, "currentCounts");
        double[] v = ArgumentChecks.finite(values, "values");
        ArgumentChecks.sameLength(v.length, "values", ref.length, "referenceCounts");
        ArgumentChecks.sameLength(v.length, "values", cur.length, "currentCounts");
        ArgumentChecks.strictlyIncreasing(v, "values");
        long n = ArgumentChecks.positiveTotal(ref, "referenceCounts");
        long m = ArgumentChecks.positiveTotal(cur, "currentCounts");
        double d = statistic(ref, cur, n, m);
        return new KsResult(d, pValue(d, n, m));
    }

    private static double statistic(long[] ref, long[] cur, long n, long m) {
        long cumRef = 0;
        long cumCur = 0;
        double maxDiff = 0;
        double minDiff = 0;
        for (int i = 0; i < ref.length; i++) {
            cumRef += ref[i];
            cumCur += cur[i];
            double diff = (double) cumRef / n - (double) cumCur / m;
            maxDiff = Math.max(maxDiff, diff);
            minDiff = Math.min(minDiff, diff);
        }
        return Math.max(maxDiff, -minDiff);
    }

    /**
     * The two-sided p-value of a statistic {@code d} for samples of sizes {@code n} and {@code m}, as
     * {@code scipy.stats.ks_2samp(method='auto')} computes it; for callers that compute {@code D} in SQL.
     *
     * @param d the statistic, in [0, 1]
     * @param n the reference sample size
     * @param m the current sample size
     * @return the p-value in [0, 1]
     * @throws IllegalArgumentException if {@code d} is outside [0, 1] or a size is not positive
     */
    public static double pValue(double d, long n, long m) {
        ArgumentChecks.probability(d, "d");
        ArgumentChecks.positive(n, "n");
        ArgumentChecks.positive(m, "m");
        double asymptoticD = d;
        if (Math.max(n, m) <= MAX_EXACT_SIZE) {
            int ni = (int) n;
            int mi = (int) m;
            int g = gcd(ni, mi);
            long lcm = (long) (ni / g) * mi;
            long h = (long) Math.rint(d * lcm);
            if (h == 0) {
                return 1.0;
            }
            double p = ni == mi
                    ? KsTwoSampleExact.probOutsideSquare(ni, h)
                    : KsTwoSampleExact.probOutsideCorridor(ni, mi, g, h);
            if (p >= 0 && p <= 1) {
                return p;
            }
            asymptoticD = (double) h / lcm;
        }
        double big = Math.max(n, m);
        double small = Math.min(n, m);
        long effective = (long) Math.rint(big * small / (big + small));
        return clip(KolmogorovTwoSided.sf(asymptoticD, effective));
    }

    private static double clip(double p) {
        return Math.min(1.0, Math.max(0.0, p));
    }

    private static int gcd(int a, int b) {
        int x = a;
        int y = b;
        while (y != 0) {
            int t = x % y;
            x = y;
            y = t;
        }
        return x;
    }
}
