package dev.mlwb.analysis.stats;

/**
 * The range of the {@link Psi population stability index} when each bin's share is known only within an
 * interval (bins cut at approximate deciles: the exact decile lies somewhere in a narrow fine bin).
 *
 * <p>Each term {@code f(r, c) = (c − r) · ln(c / r)} (shares floored at {@link Psi#MIN_SHARE}) is jointly
 * convex, so over a box its maximum is at a corner; its minimum is 0 where the box meets {@code r = c},
 * otherwise at the corner nearest that line ({@code f} grows with {@code c} and falls with {@code r} where
 * {@code c > r}, and the reverse). Summing each term's own minimum and maximum ignores that the shares of
 * neighbouring bins move together, so the range is wider than needed, never narrower: the PSI of any
 * shares within the boxes lies in it.
 */
public final class PsiRange {
    private PsiRange() {
    }

    /**
     * @param refLow smallest reference share per bin
     * @param refHigh largest reference share per bin
     * @param curLow smallest current share per bin
     * @param curHigh largest current share per bin
     * @return {@code [min, max]}
     */
    public static double[] of(double[] refLow, double[] refHigh, double[] curLow, double[] curHigh) {
        ArgumentChecks.sameLength(refLow.length, "refLow", refHigh.length, "refHigh");
        ArgumentChecks.sameLength(refLow.length, "refLow", curLow.length, "curLow");
        ArgumentChecks.sameLength(refLow.length, "refLow", curHigh.length, "curHigh");
        double lo = 0;
        double hi = 0;
        for (int i = 0; i < refLow.length; i++) {
            double r0 = floor(refLow[i]);
            double r1 = floor(Math.max(refLow[i], refHigh[i]));
            double c0 = floor(curLow[i]);
            double c1 = floor(Math.max(curLow[i], curHigh[i]));
            hi += Math.max(Math.max(term(r0, c0), term(r0, c1)), Math.max(term(r1, c0), term(r1, c1)));
            if (c0 > r1) {
                lo += term(r1, c0);
            } else if (r0 > c1) {
                lo += term(r0, c1);
            }
        }
        return new double[] {lo, hi};
    }

    private static double floor(double share) {
        return Math.max(share, Psi.MIN_SHARE);
    }

    private static double term(double r, double c) {
        return (c - r) * Math.log(c / r);
    }
}
