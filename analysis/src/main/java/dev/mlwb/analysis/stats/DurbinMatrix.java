package dev.mlwb.analysis.stats;

/**
 * {@code P(D_n <= d)} of the two-sided one-sample Kolmogorov–Smirnov statistic by Durbin's matrix method in the
 * formulation of Marsaglia, Tsang &amp; Wang (2003), "Evaluating Kolmogorov's Distribution", J. Stat. Softw. 8(18).
 * Transcribed from scipy 1.10.1 {@code scipy/stats/_ksstats.py::_kolmogn_DMTW}, including its scaling by
 * 2^128 to avoid overflow and underflow.
 *
 * <p>With {@code d = (k − h)/n}, {@code k} a positive integer and {@code 0 <= h < 1}, the probability is
 * {@code n!/n^n} times the (k, k) entry of {@code H^n} for an {@code (2k − 1)}-square matrix {@code H}.
 */
final class DurbinMatrix {
    private static final int E128 = 128;
    private static final double P128 = 0x1.0p128;
    private static final double M128 = 0x1.0p-128;

    private DurbinMatrix() {
    }

    static double cdf(int n, double d) {
        if (d >= 1.0) {
            return 1.0;
        }
        double nd = n * d;
        if (nd <= 0.5) {
            return 0.0;
        }
        int k = (int) Math.ceil(nd);
        double[][] h = initial(k, k - nd);
        int size = h.length;
        double[][] power = identity(size);
        int nn = n;
        int expnt = 0;
        int hExpnt = 0;
        while (nn > 0) {
            if (nn % 2 != 0) {
                power = multiply(power, h);
                expnt += hExpnt;
            }
            h = multiply(h, h);
            hExpnt *= 2;
            if (Math.abs(h[k - 1][k - 1]) > P128) {
                scale(h, M128);
                hExpnt += E128;
            }
            nn /= 2;
        }
        double p = power[k - 1][k - 1];
        for (int i = 1; i <= n; i++) {
            p = i * p / n;
            if (Math.abs(p) < M128) {
                p *= P128;
                expnt -= E128;
            }
        }
        if (expnt != 0) {
            p = Math.scalb(p, expnt);
        }
        return Math.min(1.0, Math.max(0.0, p));
    }

    /** The matrix H of Marsaglia, Tsang &amp; Wang for {@code d = (k − h)/n}. */
    private static double[][] initial(int k, double h) {
        int m = 2 * k - 1;
        double[] v = new double[m];
        double[] w = new double[m];
        double fac = 1.0;
        for (int j = 1; j <= m; j++) {
            v[j - 1] = 1.0 - Math.pow(h, j);
            w[j - 1] = fac;
            fac /= j;
            v[j - 1] *= fac;
        }
        double tt = Math.pow(Math.max(2 * h - 1.0, 0), m) - 2 * Math.pow(h, m);
        v[m - 1] = (1.0 + tt) * fac;
        double[][] matrix = new double[m][m];
        for (int i = 1; i < m; i++) {
            for (int r = i - 1; r < m; r++) {
                matrix[r][i] = w[r - i + 1];
            }
        }
        for (int r = 0; r < m; r++) {
            matrix[r][0] = v[r];
        }
        for (int c = 0; c < m; c++) {
            matrix[m - 1][c] = v[m - 1 - c];
        }
        return matrix;
    }

    private static double[][] identity(int size) {
        double[][] id = new double[size][size];
        for (int i = 0; i < size; i++) {
            id[i][i] = 1.0;
        }
        return id;
    }

    private static double[][] multiply(double[][] a, double[][] b) {
        int size = a.length;
        double[][] c = new double[size][size];
        for (int i = 0; i < size; i++) {
            double[] ci = c[i];
            for (int l = 0; l < size; l++) {
                double ail = a[i][l];
                if (ail == 0) {
                    continue;
                }
                double[] bl = b[l];
                for (int j = 0; j < size; j++) {
                    ci[j] += ail * bl[j];
                }
            }
        }
        return c;
    }

    private static void scale(double[][] matrix, double factor) {
        for (double[] row : matrix) {
            for (int j = 0; j < row.length; j++) {
                row[j] *= factor;
            }
        }
    }
}
