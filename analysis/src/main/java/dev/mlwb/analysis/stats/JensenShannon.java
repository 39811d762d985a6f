package dev.mlwb.analysis.stats;

import java.util.Map;

/**
 * Base-2 Jensen–Shannon distance between two distributions given as counts over the same categories or bins.
 *
 * <p>With {@code p} and {@code q} the counts normalised to sum to 1 and {@code m = (p + q)/2},
 * <pre>  JSD = sqrt( (KL(p‖m) + KL(q‖m)) / (2 · ln 2) ),  KL(a‖b) = Σ_{a_i > 0} a_i ln(a_i / b_i)</pre>
 * The distance lies in [0, 1]: 0 for identical distributions, 1 for distributions with disjoint support. A sum that
 * rounding makes slightly negative is treated as 0 (scipy would return NaN there).
 *
 * <p>Matches {@code scipy.spatial.distance.jensenshannon(p, q, base=2)} of scipy 1.10.1 (within 1e-12 absolute in
 * the tests).
 */
public final class JensenShannon {
    private static final double LN2 = Math.log(2);

    private JensenShannon() {
    }

    /**
     * The distance between two count vectors over the same bins.
     *
     * @param p counts of the first distribution
     * @param q counts of the second distribution, same bins in the same order
     * @return the base-2 Jensen–Shannon distance in [0, 1]
     * @throws IllegalArgumentException if lengths differ, a count is negative or a side sums to zero
     */
    public static double distance(long[] p, long[] q) {
        long[] a = ArgumentChecks.counts(p, "p");
        long[] b = ArgumentChecks.counts(q, "q");
        ArgumentChecks.sameLength(a.length, "p", b.length, "q");
        double totalA = ArgumentChecks.positiveTotal(a, "p");
        double totalB = ArgumentChecks.positiveTotal(b, "q");
        double left = 0;
        double right = 0;
        for (int i = 0; i < a.length; i++) {
            double pi = a[i] / totalA;
            double qi = b[i] / totalB;
            double mi = (pi + qi) / 2.0;
            left += relativeEntropy(pi, mi);
            right += relativeEntropy(qi, mi);
        }
        double js = (left + right) / LN2;
        return Math.sqrt(Math.max(0.0, js / 2.0));
    }

    /**
     * The distance between two categorical distributions; a category absent from one map has count 0 there.
     *
     * @param p counts per category of the first distribution
     * @param q counts per category of the second distribution
     * @param <K> the category type
     * @return the base-2 Jensen–Shannon distance in [0, 1]
     */
    public static <K> double distance(Map<K, Long> p, Map<K, Long> q) {
        CategoryCounts aligned = CategoryCounts.align(p, q);
        return distance(aligned.reference(), aligned.current());
    }

    /** {@code x ln(x / y)} for x > 0, 0 for x == 0 (y > 0 whenever x > 0 here). */
    private static double relativeEntropy(double x, double y) {
        return x > 0 ? x * Math.log(x / y) : 0.0;
    }
}
