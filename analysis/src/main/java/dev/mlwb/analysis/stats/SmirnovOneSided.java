package dev.mlwb.analysis.stats;

import org.apache.commons.statistics.distribution.BinomialDistribution;

/**
 * Survival function {@code P(D_n^+ >= x)} of the one-sided one-sample Kolmogorov–Smirnov (Smirnov) statistic,
 * following scipy 1.10.1 {@code scipy.special.smirnov} (cephes {@code kolmogorov.c::_smirnov3}, by P. van
 * Mulbregt): the same special cases and thresholds, and the Smirnov / Birnbaum–Tingey sum
 * <pre>  P(D_n^+ >= x) = x · Σ_{v=0}^{⌊n(1−x)⌋} C(n, v) (x + v/n)^(v−1) (1 − x − v/n)^(n−v)</pre>
 * with the same early termination. scipy evaluates each term in double-double arithmetic; here each term is
 * {@code Binomial(n, p_v).pmf(v) / p_v} with {@code p_v = x + v/n}, using Apache Commons Statistics' saddle-point
 * binomial PMF, which neither overflows nor underflows early. The rounding of {@code p_v} limits the relative
 * accuracy to about {@code n·2^-52} (2e-10 at n = 10^6, far better for the usual n). For {@code n > 10^6} scipy,
 * and this class, use the approximation {@code exp(−(6nx + 1)² / (18n))}.
 */
final class SmirnovOneSided {
    private static final double MIN_LOG = -7.451332191019412076235e2;
    private static final long MAX_COMPUTE_N = 1_000_000;
    private static final double EPSILON = Math.ulp(1.0);

    private SmirnovOneSided() {
    }

    static double sf(long n, double x) {
        if (n == 1) {
            return 1 - x;
        }
        if (x <= 0.0) {
            return 1.0;
        }
        if (x >= 1.0) {
            return 0.0;
        }
        double hi = n * x;
        double lo = Math.fma(n, x, -hi);
        double floor = Math.floor(hi);
        if (floor == hi && lo < 0) {
            floor -= 1;
        }
        long nxfl = (long) floor;
        double alpha = (hi - floor) + lo;
        if (nxfl == 0 || (nxfl == 1 && alpha == 0)) {
            return clip(1 - x * Math.exp((n - 1) * Math.log1p(x)));
        }
        if (-2 * n * x * x < MIN_LOG) {
            return 0.0;
        }
        if (nxfl >= n - 1) {
            return clip(Math.exp(n * Math.log1p(-x)));
        }
        if (n > MAX_COMPUTE_N) {
            double a = 6.0 * n * x + 1.0;
            return clip(Math.exp(-(a * a) / 18.0 / n));
        }
        return clip(x * lowerSum((int) n, x, (int) (n - nxfl)));
    }

    /** {@code Σ_{v < terms} A_v} with scipy's early termination. */
    private static double lowerSum(int n, double x, int terms) {
        double sum = Math.exp(n * Math.log1p(-x)) / x;
        int middle = n / 2;
        for (int v = 1; v < terms; v++) {
            double p = x + (double) v / n;
            double term = p < 1 ? BinomialDistribution.of(n, p).probability(v) / p : 0.0;
            sum += term;
            if (term != 0) {
                if (4.0 * (terms - v) * term < EPSILON * sum && v != terms - 1) {
                    break;
                }
            } else if (v > middle) {
                break;
            }
        }
        return sum;
    }

    private static double clip(double p) {
        return Math.min(1.0, Math.max(0.0, p));
    }
}
