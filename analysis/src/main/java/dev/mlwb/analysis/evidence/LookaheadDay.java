package dev.mlwb.analysis.evidence;

import java.time.Instant;
import java.util.Optional;

/**
 * The rows whose feature value was computed on one UTC day, and how many of them lie beyond the tolerance: the
 * series that dates a leak (a backfill run shows as the day its values were written).
 *
 * @param day the day's start (UTC midnight)
 * @param rows rows whose feature timestamp falls on that day
 * @param violations of which beyond the tolerance
 * @param firstViolation the earliest feature timestamp among that day's violating rows, if any
 */
public record LookaheadDay(Instant day, long rows, long violations, Optional<Instant> firstViolation) {
}
