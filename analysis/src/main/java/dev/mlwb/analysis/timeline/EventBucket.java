package dev.mlwb.analysis.timeline;

import java.time.Instant;

/**
 * Events of one source and type too many to draw one by one, counted per time bucket.
 *
 * @param errors how many of them were at level error, critical or fatal
 */
public record EventBucket(String source, String type, Instant start, Instant end, long count, long errors) {
}
