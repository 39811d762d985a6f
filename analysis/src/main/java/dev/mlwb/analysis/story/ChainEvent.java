package dev.mlwb.analysis.story;

import java.time.Instant;

/**
 * A deployment event a chain explains.
 *
 * @param kind the event type, e.g. {@code canary_promote}
 * @param label the event's message
 * @param reason how the root cause bears on it
 */
public record ChainEvent(Instant at, String kind, String label, String reason) {
}
