package dev.mlwb.analysis.evidence;

import java.time.Instant;

/**
 * A {@code scale} event with the p99 latency around it. Numbers that do not apply are NaN.
 *
 * @param from replicas before (NaN if the event does not say)
 * @param to replicas after
 * @param p99Before mean p99 (ms) over the window before the event
 * @param p99After worst p99 (ms) over the window after it
 * @param ratio p99After / p99Before
 * @param spike whether the ratio exceeds the check's limit
 */
public record ScaleStep(Instant at, double from, double to, double p99Before, double p99After, double ratio,
                        boolean spike) {

    /** Whether the event adds replicas (or does not say how many). */
    public boolean scaleUp() {
        return Double.isNaN(from) || Double.isNaN(to) || to > from;
    }
}
