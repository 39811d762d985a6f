package dev.mlwb.analysis.stats;

import java.util.Arrays;

/**
 * {@code P(D_n <= x)} of the two-sided one-sample Kolmogorov–Smirnov statistic by Pomeranz's recursion
 * (Pomeranz, J. (1974), "Exact Cumulative Distribution of the Kolmogorov-Smirnov Statistic for Small Samples",
 * CACM 17(12), Algorithm 487). Transcribed from scipy 1.10.1 {@code scipy/stats/_ksstats.py::_kolmogn_Pomeranz}:
 * each row of the recursion is the convolution of the previous row with (unnormalised) Poisson probabilities,
 * only two rows and their non-zero windows are kept, and intermediate values are rescaled by 2^128.
 */
final class PomeranzRecursion {
    private static final int E128 = 128;
    private static final double P128 = 0x1.0p128;
    private static final double M128 = 0x1.0p-128;

    private PomeranzRecursion() {
    }

    static double cdf(int n, double x) {
        double t = n * x;
        int ll = (int) Math.floor(t);
        double f = t - ll;
        double g = Math.min(f, 1.0 - f);
        int ceilf = f > 0 ? 1 : 0;
        int roundf = f > 0.5 ? 1 : 0;
        int npwrs = 2 * (ll + 1);
        double[] gpower = powers(npwrs, g / n);
        double[] twogpower = powers(npwrs, 2 * g / n);
        double[] onem2gpower = powers(npwrs, (1 - 2 * g) / n);
        double[] v0 = new double[npwrs];
        double[] v1 = new double[npwrs];
        v1[0] = 1;
        int v0s = 0;
        int v1s = 0;
        int expnt = 0;
        int[] j12 = window(0, n, ll, ceilf, roundf);
        for (int i = 1; i < 2 * n + 2; i++) {
            int k1 = j12[0];
            double[] swap = v0;
            v0 = v1;
            v1 = swap;
            int swapStart = v0s;
            v0s = v1s;
            v1s = swapStart;
            Arrays.fill(v1, 0.0);
            j12 = window(i, n, ll, ceilf, roundf);
            double[] pwrs = i == 1 || i == 2 * n + 1 ? gpower : i % 2 != 0 ? twogpower : onem2gpower;
            int ln2 = j12[1] - k1 + 1;
            if (ln2 > 0) {
                convolveInto(v0, k1 - v0s, ln2, pwrs, j12[0] - k1, j12[1] - j12[0] + 1, v1);
                double max = max(v1);
                if (max > 0 && max < M128) {
                    for (int j = 0; j < v1.length; j++) {
                        v1[j] *= P128;
                    }
                    expnt -= E128;
                }
                v1s = v0s + j12[0] - k1;
            }
        }
        double ans = v1[n - v1s];
        for (int m = 1; m <= n; m++) {
            if (Math.abs(ans) > P128) {
                ans *= M128;
                expnt += E128;
            }
            ans *= m;
        }
        if (expnt != 0) {
            ans = Math.scalb(ans, expnt);
        }
        return Math.min(1.0, Math.max(0.0, ans));
    }

    /** {@code base^m / m!} for m = 0 .. count − 1. */
    private static double[] powers(int count, double base) {
        double[] p = new double[count];
        p[0] = 1.0;
        for (int m = 1; m < count; m++) {
            p[m] = p[m - 1] * base / m;
        }
        return p;
    }

    /**
     * Writes {@code conv[start .. start + len)} of the full convolution of {@code v0[from .. from + ln2)} (truncated
     * at the end of {@code v0}, as a numpy slice is) with {@code pwrs[0 .. ln2)} into {@code out[0 .. len)}.
     */
    private static void convolveInto(double[] v0, int from, int ln2, double[] pwrs, int start, int len,
            double[] out) {
        int segLen = Math.min(ln2, v0.length - from);
        for (int r = 0; r < len; r++) {
            int idx = start + r;
            double sum = 0;
            int lo = Math.max(0, idx - ln2 + 1);
            int hi = Math.min(idx, segLen - 1);
            for (int a = lo; a <= hi; a++) {
                sum += v0[from + a] * pwrs[idx - a];
            }
            out[r] = sum;
        }
    }

    private static double max(double[] values) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            max = Math.max(max, v);
        }
        return max;
    }

    /** The first and last non-zero columns of row {@code i}, clipped to [0, n]. */
    private static int[] window(int i, int n, int ll, int ceilf, int roundf) {
        int j1;
        int j2;
        if (i == 0) {
            j1 = -ll - ceilf - 1;
            j2 = ll + ceilf - 1;
        } else {
            int ip1div2 = (i + 1) / 2;
            boolean iOdd = (i + 1) % 2 == 0;
            if (iOdd) {
                if (ip1div2 == n + 1) {
                    j1 = n - ll - ceilf - 1;
                    j2 = n + ll + ceilf - 1;
                } else {
                    j1 = ip1div2 - 1 - ll - roundf - 1;
                    j2 = ip1div2 + ll - 1 + ceilf - 1;
                }
            } else {
                j1 = ip1div2 - 1 - ll - 1;
                j2 = ip1div2 + ll + roundf - 1;
            }
        }
        return new int[] {Math.max(j1 + 2, 0), Math.min(j2, n)};
    }
}
