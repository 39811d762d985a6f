package dev.mlwb.analysis.timeline;

import java.time.Instant;
import java.util.Optional;

/**
 * One lane of the timeline: the events of one type from one source.
 *
 * @param aggregated whether they are drawn as {@link EventBucket}s rather than one by one
 */
public record EventTypeSummary(String source, String type, long count, boolean aggregated, Optional<Instant> first,
                               Optional<Instant> last) {
}
