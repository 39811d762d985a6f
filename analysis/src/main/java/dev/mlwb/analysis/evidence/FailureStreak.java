package dev.mlwb.analysis.evidence;

import java.time.Instant;
import java.util.List;

/**
 * Consecutive failed runs of a job.
 *
 * @param start the first failure
 * @param end the last failure
 * @param ongoing whether no success followed it within the log
 * @param messages the distinct error messages, most frequent first
 */
public record FailureStreak(Instant start, Instant end, int failures, boolean ongoing, List<MessageCount> messages) {
    public FailureStreak {
        messages = List.copyOf(messages);
    }
}
