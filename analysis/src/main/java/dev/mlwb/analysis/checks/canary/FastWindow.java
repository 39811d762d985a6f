package dev.mlwb.analysis.checks.canary;

import dev.mlwb.analysis.time.TimeRange;
import java.time.Instant;

/**
 * One window of one arm as the fast guardrail judged it: one bucket, or (for the success rate) consecutive thin
 * buckets pooled until they hold enough requests.
 *
 * @param startMillis start, epoch milliseconds
 * @param endMillis end (exclusive), epoch milliseconds
 * @param value the guardrail's value (success rate as a fraction, p99 in ms, CPU, memory)
 * @param requests requests in the window (NaN when the table has no requests metric)
 * @param errors failed requests (NaN unless the success rate is judged)
 * @param pValue for the success rate, the exact one-sided binomial p-value of "the error rate exceeds
 *     1 − SLO"; NaN otherwise
 * @param judged whether the window held enough traffic to be judged
 * @param breached whether it breached: significantly (success rate) or by its value (the others)
 */
record FastWindow(long startMillis, long endMillis, double value, double requests, double errors, double pValue,
                  boolean judged, boolean breached) {

    TimeRange range() {
        return new TimeRange(Instant.ofEpochMilli(startMillis), Instant.ofEpochMilli(endMillis));
    }
}
