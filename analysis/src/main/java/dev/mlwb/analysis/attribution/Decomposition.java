package dev.mlwb.analysis.attribution;

/**
 * The exact split of a ratio metric's difference over the values of one column into rate and mix effects (see
 * {@link Contribution}): {@code w_c r_c − w_b r_b = w̄ Δr + Δw r̄}, and since the shares' changes sum to zero over
 * the column, {@code Δw r̄} may be centred on the groups' average rate {@code R̄} without changing the sum.
 */
final class Decomposition {
    private Decomposition() {
    }

    /**
     * One value's contribution, or null when neither group has any of its denominator.
     *
     * @param cn current numerator within the value
     * @param cd current denominator within the value
     * @param bn baseline numerator within the value
     * @param bd baseline denominator within the value
     * @param currentTotal the current group's whole denominator
     * @param baselineTotal the baseline group's whole denominator
     * @param average the average of the two groups' overall rates
     * @param difference current overall rate − baseline overall rate
     */
    static Contribution of(String dimension, String value, double cn, double cd, double bn, double bd,
                           double currentTotal, double baselineTotal, double average, double difference) {
        if (!(cd > 0) && !(bd > 0)) {
            return null;
        }
        double wc = currentTotal > 0 ? cd / currentTotal : 0;
        double wb = baselineTotal > 0 ? bd / baselineTotal : 0;
        double rc = cd > 0 ? cn / cd : Double.NaN;
        double rb = bd > 0 ? bn / bd : Double.NaN;
        double rcUsed = Double.isNaN(rc) ? rb : rc;
        double rbUsed = Double.isNaN(rb) ? rc : rb;
        double rate = (wc + wb) / 2 * (rcUsed - rbUsed);
        double mix = (wc - wb) * ((rcUsed + rbUsed) / 2 - (Double.isFinite(average) ? average : 0));
        double total = rate + mix;
        double share = Double.isFinite(difference) && difference != 0 ? total / difference : Double.NaN;
        double excess = total - (wc + wb) / 2 * (Double.isFinite(difference) ? difference : 0);
        return new Contribution(dimension, value, total, share, wc, wb, rc, rb, rate, mix, excess);
    }
}
