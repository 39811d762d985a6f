package dev.mlwb.analysis.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Change points in the mean of a series: the segmentation that minimises a weighted Gaussian cost plus a
 * penalty per change, found exactly by PELT (Killick, Fearnhead &amp; Eckley 2012, "Optimal detection of
 * changepoints with a linear computational cost", JASA 107:1590).
 *
 * <p>Points {@code x[i]} carry weights {@code w[i] > 0} (their precision: the trials behind a rate, the rows behind
 * a window). A segment {@code [s, e)} costs {@code Σ w (x − m)² / σ²} with {@code m} its weighted mean, so with
 * the right {@code σ} the cost is a deviance (−2 log-likelihood up to a constant). The optimum minimises
 * {@code Σ cost + β · (segments − 1)}.
 *
 * <p>{@code σ} comes from {@link #noiseScale}: the median absolute first difference, each difference scaled by
 * its weights, divided by 0.6745 (the MAD estimator of Hampel; differences make it insensitive to the shifts
 * themselves).
 */
public final class MeanShiftSegmentation {
    /** The 95 % point of chi-square with 1 degree of freedom, for {@link #likelihoodInterval}. */
    public static final double CHI2_1_95 = 3.841458820694124;

    private final double[] sw;
    private final double[] swx;
    private final double[] swxx;
    private final double sigma2;

    /**
     * One segment {@code [start, end)} of the series.
     *
     * @param mean the weighted mean of its points
     * @param weight the sum of its weights
     */
    public record Segment(int start, int end, double mean, double weight) {
    }

    private MeanShiftSegmentation(double[] x, double[] w, double sigma) {
        int n = x.length;
        sw = new double[n + 1];
        swx = new double[n + 1];
        swxx = new double[n + 1];
        for (int i = 0; i < n; i++) {
            sw[i + 1] = sw[i] + w[i];
            swx[i + 1] = swx[i] + w[i] * x[i];
            swxx[i + 1] = swxx[i] + w[i] * x[i] * x[i];
        }
        sigma2 = sigma * sigma;
    }

    /**
     * The optimal segmentation.
     *
     * @param x the values, at least one
     * @param w their weights, all positive
     * @param sigma the noise scale of a point of weight 1, positive
     * @param penalty the cost of one change point, non-negative
     * @return the segments, in order, covering every point
     * @throws IllegalArgumentException on empty or mismatched input, or non-positive weights or sigma
     */
    public static List<Segment> segment(double[] x, double[] w, double sigma, double penalty) {
        validate(x, w);
        if (!(sigma > 0) || !(penalty >= 0)) {
            throw new IllegalArgumentException("sigma must be positive and the penalty non-negative; got " + sigma
                    + " and " + penalty);
        }
        return new MeanShiftSegmentation(x, w, sigma).pelt(x.length, penalty);
    }

    /** The default penalty for {@code n} points: {@code 3 ln n} (a BIC-type penalty, stricter than {@code 2 ln n}). */
    public static double defaultPenalty(int n) {
        return 3 * Math.log(Math.max(n, 2));
    }

    /**
     * The noise scale of a point of weight 1: the median absolute weighted first difference over 0.6745, where the
     * difference {@code x[i+1] − x[i]} is divided by {@code sqrt(1/w[i] + 1/w[i+1])}. Zero when the series is
     * piecewise constant (the caller floors it).
     */
    public static double noiseScale(double[] x, double[] w) {
        validate(x, w);
        if (x.length < 2) {
            return 0;
        }
        double[] d = new double[x.length - 1];
        for (int i = 0; i + 1 < x.length; i++) {
            d[i] = Math.abs(x[i + 1] - x[i]) / Math.sqrt(1 / w[i] + 1 / w[i + 1]);
        }
        Arrays.sort(d);
        int m = d.length / 2;
        double median = d.length % 2 == 1 ? d[m] : (d[m - 1] + d[m]) / 2;
        return median / 0.6744897501960817;
    }

    /**
     * A likelihood interval for the change at {@code tau} between its neighbours {@code from} and {@code to}: every
     * split {@code s} in {@code (from, to)} whose two-segment cost is within {@code crit} of the best split's. The
     * hull of those splits is returned as {@code [lo, hi]}.
     *
     * @param crit the allowed rise of the cost, e.g. {@link #CHI2_1_95}
     */
    public static int[] likelihoodInterval(double[] x, double[] w, double sigma, int from, int tau, int to,
                                           double crit) {
        validate(x, w);
        if (!(sigma > 0)) {
            throw new IllegalArgumentException("sigma must be positive; got " + sigma);
        }
        if (!(from < tau && tau < to && to <= x.length)) {
            throw new IllegalArgumentException("need from < tau < to <= n, got " + from + ", " + tau + ", " + to);
        }
        MeanShiftSegmentation m = new MeanShiftSegmentation(x, w, sigma);
        double best = Double.POSITIVE_INFINITY;
        double[] cost = new double[to - from];
        for (int s = from + 1; s < to; s++) {
            cost[s - from] = m.cost(from, s) + m.cost(s, to);
            best = Math.min(best, cost[s - from]);
        }
        int lo = tau;
        int hi = tau;
        for (int s = from + 1; s < to; s++) {
            if (cost[s - from] - best <= crit) {
                lo = Math.min(lo, s);
                hi = Math.max(hi, s);
            }
        }
        return new int[] {lo, hi};
    }

    /** The cost of the segment {@code [s, e)}. */
    double cost(int s, int e) {
        double w = sw[e] - sw[s];
        double wx = swx[e] - swx[s];
        double c = (swxx[e] - swxx[s]) - wx * wx / w;
        return Math.max(0, c) / sigma2;
    }

    private List<Segment> pelt(int n, double beta) {
        double[] f = new double[n + 1];
        int[] last = new int[n + 1];
        f[0] = -beta;
        List<Integer> candidates = new ArrayList<>(List.of(0));
        for (int t = 1; t <= n; t++) {
            double best = Double.POSITIVE_INFINITY;
            int arg = 0;
            double[] total = new double[candidates.size()];
            for (int k = 0; k < candidates.size(); k++) {
                int s = candidates.get(k);
                total[k] = f[s] + cost(s, t);
                if (total[k] + beta < best) {
                    best = total[k] + beta;
                    arg = s;
                }
            }
            f[t] = best;
            last[t] = arg;
            List<Integer> kept = new ArrayList<>();
            for (int k = 0; k < candidates.size(); k++) {
                if (total[k] <= f[t]) {
                    kept.add(candidates.get(k));
                }
            }
            kept.add(t);
            candidates = kept;
        }
        List<Segment> out = new ArrayList<>();
        for (int e = n; e > 0; e = last[e]) {
            int s = last[e];
            double w = sw[e] - sw[s];
            out.add(0, new Segment(s, e, (swx[e] - swx[s]) / w, w));
        }
        return out;
    }

    private static void validate(double[] x, double[] w) {
        if (x.length == 0 || x.length != w.length) {
            throw new IllegalArgumentException("need as many weights as values, and at least one value; got "
                    + x.length + " values and " + w.length + " weights");
        }
        for (int i = 0; i < x.length; i++) {
            if (!(w[i] > 0) || Double.isInfinite(w[i]) || !Double.isFinite(x[i])) {
                throw new IllegalArgumentException("point " + i + ": value " + x[i] + " with weight " + w[i]
                        + "; values must be finite and weights positive");
            }
        }
    }
}
