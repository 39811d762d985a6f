package dev.mlwb.analysis.story;

import java.time.Duration;
import java.time.Instant;

/**
 * When a finding's problem started.
 *
 * @param at the estimate: the start of the first bucket (or the first observation) of the problem
 * @param earliest the earliest time consistent with the series (equal to {@code at} when censored)
 * @param latest the latest time consistent with the series
 * @param method {@code change-point}, {@code first breach}, {@code finding window} or {@code bounded by consequence}
 * @param series what the estimate was computed from, in words
 * @param censored the problem was already there at the series' first point: it started at or before {@code at}
 */
public record Onset(Instant at, Instant earliest, Instant latest, String method, String series, boolean censored) {

    /** The width of the uncertainty interval. */
    public Duration uncertainty() {
        return Duration.between(earliest, latest);
    }
}
