package dev.mlwb.analysis.story;

import java.time.Instant;

/**
 * A series taken from a finding's evidence, ready for change-point detection.
 *
 * @param label what it is, in words: {@code success_rate of v1 per 60 s}
 * @param epochMillis the points' times, ascending
 * @param values the values
 * @param weights their precision: the trials or rows behind each point (1 if unknown)
 * @param resolutionMillis the width of a bucket, or the usual spacing of point observations
 * @param bucketed whether a point covers {@code [t, t + resolution)} (buckets, windows) rather than being
 *     observed at {@code t} (job runs, batches)
 * @param direction +1 if a rise is the problem, −1 if a fall is
 * @param threshold the level beyond which the finding's check calls a value bad (NaN if none)
 * @param exact for a bucket, the first moment within it that the problem showed (epoch millis, or −1 if not known);
 *     null when the evidence does not say
 */
record OnsetSeries(String label, long[] epochMillis, double[] values, double[] weights, long resolutionMillis,
                   boolean bucketed, int direction, double threshold, long[] exact) {

    OnsetSeries(String label, long[] epochMillis, double[] values, double[] weights, long resolutionMillis,
                boolean bucketed, int direction, double threshold) {
        this(label, epochMillis, values, weights, resolutionMillis, bucketed, direction, threshold, null);
    }

    /** The start of point {@code i}'s problem: the exact moment if known, else the point's time. */
    Instant start(int i) {
        return exact != null && exact[i] >= 0 ? Instant.ofEpochMilli(exact[i]) : time(i);
    }

    int size() {
        return values.length;
    }

    Instant time(int i) {
        return Instant.ofEpochMilli(epochMillis[i]);
    }

    /** Whether a level counts as the problem: beyond the threshold, or (without one) never decided here. */
    boolean beyond(double level) {
        return !Double.isNaN(threshold) && (direction > 0 ? level > threshold : level < threshold);
    }
}
