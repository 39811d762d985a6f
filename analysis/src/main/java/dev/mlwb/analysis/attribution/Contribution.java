package dev.mlwb.analysis.attribution;

/**
 * How much of the difference one value of one column accounts for. With shares {@code w} (of the metric's
 * denominator) and rates {@code r} in the current ({@code c}) and baseline ({@code b}) groups, and bars for their
 * averages, the value contributes {@code w̄ (r_c − r_b)} (rate effect) {@code + (w_c − w_b)(r̄ − R̄)} (mix effect),
 * where {@code R̄} averages the two groups' overall rates; over the values of one column the contributions add up
 * to the whole difference exactly. A value absent from one group takes the other group's rate there (no rate
 * effect, only mix).
 *
 * @param dimension the column
 * @param value the value ({@code (missing)} for nulls, {@code (other values)} beyond the 200 largest)
 * @param contribution its part of {@code R_c − R_b}
 * @param shareOfDifference contribution / (R_c − R_b)
 * @param currentShare its share of the current group's denominator (traffic)
 * @param baselineShare its share of the baseline group's denominator
 * @param currentRate the metric within it, current group (NaN if absent)
 * @param baselineRate the metric within it, baseline group (NaN if absent)
 * @param rateEffect the part due to its rate changing
 * @param mixEffect the part due to its share changing
 * @param excess contribution − its average traffic share × the difference: how much more it accounts for than its
 *     size would if every value had moved alike (0 for a uniform change; what the ranking orders by)
 */
public record Contribution(String dimension, String value, double contribution, double shareOfDifference,
                           double currentShare, double baselineShare, double currentRate, double baselineRate,
                           double rateEffect, double mixEffect, double excess) {

    /** {@code dimension=value}. */
    public String slice() {
        return dimension + "=" + value;
    }
}
