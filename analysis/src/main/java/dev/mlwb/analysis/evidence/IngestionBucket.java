package dev.mlwb.analysis.evidence;

import java.time.Instant;

/** Ingestion attempts of one source in one time bucket. */
public record IngestionBucket(Instant start, long successes, long failures) {
}
