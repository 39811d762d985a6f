package dev.mlwb.analysis.evidence;

import java.time.Instant;
import java.util.Optional;

/**
 * One joined row whose values differ between the two pipelines.
 *
 * @param entity the entity
 * @param at the row's timestamp, if the datasets have one
 * @param referenceValue the reference pipeline's value
 * @param currentValue the current pipeline's value
 * @param difference current − reference (numeric; NaN otherwise)
 */
public record SkewExample(String entity, Optional<Instant> at, String referenceValue, String currentValue,
                          double difference) {
}
