package dev.mlwb.analysis.checks.data;

import dev.mlwb.analysis.evidence.DriftWindow;
import dev.mlwb.analysis.stats.Psi;

/**
 * When drift over time counts: a window holds far fewer rows than the whole dataset, so its PSI is
 * noisier, and the largest of a dozen noisy windows overstates the shift. A PSI level is reached
 * over time when a judged window reaches it even after subtracting the PSI sampling noise alone
 * produces ({@link Psi#expectedWithoutShift}) and 1.645 standard errors of its PSI (a one-sided 95%
 * lower bound).
 *
 * <p>The standard error uses the large-sample variance of the PSI (a symmetrised divergence):
 * about {@code 4·PSI·f} for a real shift plus {@code 2(k − 1)·f²} of sampling noise, with
 * {@code f = 1/n + 1/m} for window and reference sizes {@code n}, {@code m} and {@code k} bins.
 */
final class WindowJudgement {
    private static final double Z = 1.645;

    private WindowJudgement() {
    }

    static boolean reaches(DriftStats s, double level) {
        return s.windows().stream().filter(w -> w.judged() && !Double.isNaN(w.psi()))
                .anyMatch(w -> lowerBound(w, s) >= level);
    }

    static double lowerBound(DriftWindow w, DriftStats s) {
        double n = w.rows() * (1 - w.nullShare());
        double m = s.reference().nonNull();
        int k = Math.max(2, s.bins().size());
        double f = 1 / n + 1 / m;
        double se = Math.sqrt(4 * w.psi() * f + 2 * (k - 1) * f * f);
        return w.psi() - (k - 1) * f - Z * se;
    }

    /** The PSI the whole current side shows against the reference from sampling noise alone. */
    static double noise(DriftStats s) {
        long bins = s.bins().stream().filter(b -> b.referenceCount() + b.currentCount() > 0).count();
        long n = s.reference().nonNull();
        long m = s.current().nonNull();
        return n > 0 && m > 0 ? Psi.expectedWithoutShift((int) bins, n, m) : 0;
    }
}
