package dev.mlwb.analysis.timeline;

import dev.mlwb.analysis.time.TimeRange;

/**
 * A stretch of the incident between two deployment events.
 *
 * @param kind what was deployed during it
 * @param label words for people, e.g. "canary (10:00–12:00)"
 */
public record Phase(Kind kind, TimeRange range, String label) {
    public enum Kind {
        /** Before any deployment event. */
        BEFORE,
        /** Between {@code canary_start} and the next deployment event. */
        CANARY,
        /** After {@code canary_promote}. */
        PROMOTED,
        /** After {@code rollback}. */
        ROLLED_BACK,
        /** After {@code deploy}. */
        DEPLOYED,
        /** No deployment events: the whole span. */
        WHOLE
    }
}
