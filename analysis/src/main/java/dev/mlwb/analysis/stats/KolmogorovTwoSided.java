package dev.mlwb.analysis.stats;

/**
 * Survival function {@code P(D_n >= x)} of the two-sided one-sample Kolmogorov–Smirnov statistic, transcribed
 * from scipy 1.10.1 {@code scipy.stats.kstwo.sf} ({@code scipy/stats/_ksstats.py::_kolmogn} with
 * {@code cdf=False}).
 *
 * <p>The method depends on where {@code (n, x)} lies, following Simard &amp; L'Ecuyer (2011), "Computing the
 * Two-Sided Kolmogorov-Smirnov Distribution", J. Stat. Softw. 39(11):
 * <ul>
 * <li>{@code n·x <= 1} or {@code n·x >= n − 1}: the closed forms of Ruben and Gambino;
 * <li>{@code x >= 0.5}: twice the one-sided Smirnov probability (exact);
 * <li>{@code n <= 140}: Durbin matrix if {@code n·x² <= 0.754693}, Pomeranz if {@code <= 4}, else Miller's
 * approximation {@code 2·smirnov(n, x)};
 * <li>{@code n > 140}: {@code 0} if {@code n·x² >= 370}; Miller's approximation if {@code >= 2.2}; else
 * {@code 1 − CDF} with the Durbin matrix when {@code n <= 100000} and {@code n·x^1.5 <= 1.4}, otherwise Pelz–Good.
 * </ul>
 */
final class KolmogorovTwoSided {
    private static final double SQRT_2PI = Math.sqrt(2 * Math.PI);
    private static final double LOG_2PI = Math.log(2 * Math.PI);
    private static final double MIN_LOG = -708;
    private static final double SQRT3 = Math.sqrt(3);
    private static final double PI2 = Math.PI * Math.PI;
    private static final double PI4 = Math.pow(Math.PI, 4);
    private static final double PI6 = Math.pow(Math.PI, 6);
    /** B_{2j} / (2j) / (2j − 1) for j = 8, ..., 1 (Stirling series), as in scipy. */
    private static final double[] STIRLING = {-2.955065359477124183e-2, 6.4102564102564102564e-3,
        -1.9175269175269175269e-3, 8.4175084175084175084e-4, -5.952380952380952381e-4, 7.9365079365079365079e-4,
        -2.7777777777777777778e-3, 8.3333333333333333333e-2};

    private KolmogorovTwoSided() {
    }

    /** {@code P(D_n >= x)}, clipped to [0, 1]. */
    static double sf(double x, long n) {
        if (x >= 1.0) {
            return 0.0;
        }
        if (x <= 0.0) {
            return 1.0;
        }
        double t = n * x;
        if (t <= 1.0) {
            return clip(1.0 - rubenGambinoLow(n, t));
        }
        if (t >= n - 1) {
            return clip(2 * Math.pow(1.0 - x, n));
        }
        if (x >= 0.5) {
            return clip(2 * SmirnovOneSided.sf(n, x));
        }
        double nxx = t * x;
        if (n <= 140) {
            if (nxx <= 0.754693) {
                return clip(1.0 - DurbinMatrix.cdf((int) n, x));
            }
            if (nxx <= 4) {
                return clip(1.0 - PomeranzRecursion.cdf((int) n, x));
            }
            return clip(2 * SmirnovOneSided.sf(n, x));
        }
        if (nxx >= 370.0) {
            return 0.0;
        }
        if (nxx >= 2.2) {
            return clip(2 * SmirnovOneSided.sf(n, x));
        }
        double cdf;
        if (n <= 100000 && n * Math.pow(x, 1.5) <= 1.4) {
            cdf = DurbinMatrix.cdf((int) n, x);
        } else {
            cdf = pelzGoodCdf(n, x);
        }
        return clip(1.0 - cdf);
    }

    /** {@code P(D_n < x)} for {@code 1/(2n) < x <= 1/n}: {@code n! (2x − 1/n)^n}, 0 below 1/(2n). */
    private static double rubenGambinoLow(long n, double t) {
        if (t <= 0.5) {
            return 0.0;
        }
        if (n <= 140) {
            double prob = 1.0;
            double factor = 2 * t - 1;
            double invN = 1.0 / n;
            for (long i = 1; i <= n; i++) {
                prob *= i * invN * factor;
            }
            return prob;
        }
        return Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
    }

    /** {@code log(n! / n^n)} by Stirling's series with {@code n·log(n)} removed up front, as in scipy. */
    private static double logFactorialOverPower(long n) {
        double rn = 1.0 / n;
        double z = rn / n;
        double poly = 0;
        for (double c : STIRLING) {
            poly = poly * z + c;
        }
        return Math.log(n) / 2 - n + LOG_2PI / 2 + rn * poly;
    }

    /**
     * The Pelz–Good approximation of {@code P(D_n <= x)}: the Li-Chien/Korolyuk expansion in powers of
     * {@code 1/sqrt(n)} transformed with Jacobi theta identities so that it converges for small {@code x·sqrt(n)}.
     * Pelz, W. &amp; Good, I.J. (1976), J. R. Stat. Soc. B 38(2), 152–156.
     */
    static double pelzGoodCdf(long n, double x) {
        double z = Math.sqrt(n) * x;
        double z2 = z * z;
        double z3 = Math.pow(z, 3);
        double z4 = Math.pow(z, 4);
        double z6 = Math.pow(z, 6);
        double qlog = -PI2 / 8 / z2;
        if (qlog < MIN_LOG) {
            return 0.0;
        }
        double q = Math.exp(qlog);
        double k1a = -z2;
        double k1b = PI2 / 4;
        double k2a = 6 * z6 + 2 * z4;
        double k2b = (2 * z4 - 5 * z2) * PI2 / 4;
        double k2c = PI4 * (1 - 2 * z2) / 16;
        double k3d = PI6 * (5 - 30 * z2) / 64;
        double k3c = PI4 * (-60 * z2 + 212 * z4) / 16;
        double k3b = PI2 * (135 * z4 - 96 * z6) / 4;
        double k3a = -30 * z6 - 90 * Math.pow(z, 8);
        double[] k = new double[4];
        int maxk = (int) Math.ceil(16 * z / Math.PI);
        for (int j = maxk; j > 0; j--) {
            double m = 2 * j - 1;
            double m2 = m * m;
            double m4 = Math.pow(m, 4);
            double m6 = Math.pow(m, 6);
            double qpower = Math.pow(q, 8 * j);
            k[0] = k[0] * qpower + 1.0;
            k[1] = k[1] * qpower + (k1a + k1b * m2);
            k[2] = k[2] * qpower + (k2a + k2b * m2 + k2c * m4);
            k[3] = k[3] * qpower + (k3a + k3b * m2 + k3c * m4 + k3d * m6);
        }
        double[] divisors = {z, 6 * z4, 72 * Math.pow(z, 7), 6480 * Math.pow(z, 10)};
        for (int i = 0; i < 4; i++) {
            k[i] = k[i] * q * SQRT_2PI / divisors[i];
        }
        double qq = Math.exp(-PI2 / 2 / z2);
        double sqrt3z = SQRT3 * z;
        double k2extra = 0;
        double k3extra = 0;
        for (int j = maxk; j > 0; j--) {
            double j2 = (double) j * j;
            double qpow = Math.pow(qq, j2);
            double jpi = Math.PI * j;
            k2extra += j2 * qpow;
            k3extra += (sqrt3z + jpi) * (sqrt3z - jpi) * j2 * qpow;
        }
        k[2] += k2extra * (PI2 * SQRT_2PI / (-36 * z3));
        k[3] += k3extra * (PI2 * SQRT_2PI / (216 * z6));
        double nd = n;
        return k[0] + k[1] / Math.pow(nd, 0.5) + k[2] / nd + k[3] / Math.pow(nd, 1.5);
    }

    private static double clip(double p) {
        return Math.min(1.0, Math.max(0.0, p));
    }
}
