package dev.mlwb.analysis.checks.data;

import java.util.List;

/**
 * A cheap, order-preserving bucket number for the values of a numeric subject, so that the exact
 * Kolmogorov–Smirnov statistic ({@link ExactKs}) needs to sort only the values of a few buckets.
 * The bucket of {@code v} is {@code floor(B × (asinh((v − center) / scale) − lo) / span)}, clamped
 * to {@code [−4B, 5B − 1]}, NaN last ({@code 5B}): up to {@value #BUCKETS} buckets over the reference's
 * range, narrow where most of the reference lies and logarithmic in the tails, so that a skewed
 * feature does not crowd into a few buckets.
 *
 * <p>Only the order matters: a bucket number must never decrease as the value grows. The
 * mathematical function does not; {@link ExactKs} also verifies the order on the data (every
 * bucket's largest value is below the next bucket's smallest) and {@link NumericPass} falls back to
 * {@link #single()} if rounding in {@code asinh} ever broke it, so the statistic is exact either way.
 *
 * @param center subtracted first (the reference's median)
 * @param scale divides (half the reference's 10–90% range), positive
 * @param lo the transformed reference minimum
 * @param span the transformed reference range, positive
 * @param buckets {@code B}, or 0 for one bucket holding every value
 */
record ValueBuckets(double center, double scale, double lo, double span, int buckets) {
    /** At most this many buckets over the reference's range: about sixty values each at a million rows. */
    static final int BUCKETS = 16384;

    /** Fewer buckets for fewer values: per-bucket work outweighs sorting below some thirty values a bucket. */
    static int bucketsFor(long values) {
        return (int) Math.max(256, Math.min(BUCKETS, Long.highestOneBit(Math.max(1, values / 32))));
    }

    /**
     * Buckets for a reference of {@code values} values with this range and these deciles (ascending,
     * nine, possibly empty).
     */
    static ValueBuckets of(double min, double max, double[] deciles, long values) {
        if (!Double.isFinite(min) || !Double.isFinite(max) || deciles.length != 9) {
            return single();
        }
        double center = Double.isFinite(deciles[4]) ? deciles[4] : (min + max) / 2;
        double scale = (deciles[8] - deciles[0]) / 2;
        if (!(scale > 0) || !Double.isFinite(scale)) {
            scale = max > min ? (max - min) / 2 : 1;
        }
        double lo = asinh((min - center) / scale);
        double span = asinh((max - center) / scale) - lo;
        if (!(span > 0) || !Double.isFinite(span) || !Double.isFinite(lo)) {
            return single();
        }
        return new ValueBuckets(center, scale, lo, span, bucketsFor(values));
    }

    /** One bucket for every value: {@link ExactKs} then sorts all distinct values. */
    static ValueBuckets single() {
        return new ValueBuckets(0, 1, 0, 1, 0);
    }

    /** {@code asinh} as DuckDB computes it, up to rounding (only the buckets' scale depends on it). */
    private static double asinh(double x) {
        double a = Math.abs(x);
        double r = a > 1e8 ? Math.log(a) + Math.log(2) : Math.log(a + Math.sqrt(a * a + 1));
        return Math.copySign(r, x);
    }

    /** The bucket of {@code v} as SQL (BIGINT, NULL for NULL), with {@link #params()} bound in order. */
    String expression() {
        if (buckets == 0) {
            return "CASE WHEN v IS NOT NULL THEN CAST(0 AS BIGINT) END";
        }
        long b = buckets;
        // least and greatest skip NULLs: a NULL value is kept NULL explicitly
        return "CASE WHEN v IS NULL THEN NULL WHEN isnan(v) THEN " + 5 * b + " ELSE CAST(least(greatest(floor(" + b
                + " * (asinh((v - CAST(? AS DOUBLE)) / CAST(? AS DOUBLE)) - CAST(? AS DOUBLE)) / CAST(? AS DOUBLE)), "
                + -4 * b + "), " + (5 * b - 1) + ") AS BIGINT) END";
    }

    List<Object> params() {
        return buckets == 0 ? List.of() : List.of(center, scale, lo, span);
    }
}
