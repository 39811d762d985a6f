package dev.mlwb.analysis.timeline;

import java.time.Instant;

/** The time a timestamped source covers: a lane showing where the bundle has data. */
public record SourceSpan(String source, String role, Instant start, Instant end, long rows) {
}
