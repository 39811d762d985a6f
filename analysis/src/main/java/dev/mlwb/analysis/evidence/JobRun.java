package dev.mlwb.analysis.evidence;

import java.time.Instant;
import java.util.Optional;

/**
 * One run of a job, as the events log reports it.
 *
 * @param status the status as logged ({@code success}, {@code failed}, ...)
 * @param message the error text of a failed run (the {@code error} attribute or the message)
 */
public record JobRun(Instant at, boolean success, String status, Optional<String> modelVersion,
                     Optional<String> message) {
}
