package dev.mlwb.analysis.time;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A half-open interval of time {@code [start, end)}. */
public record TimeRange(Instant start, Instant end) {
    public TimeRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("time range ends (" + end + ") before it starts (" + start + ")");
        }
    }

    public Duration duration() {
        return Duration.between(start, end);
    }

    public boolean contains(Instant t) {
        return !t.isBefore(start) && t.isBefore(end);
    }

    public boolean overlaps(TimeRange other) {
        return start.isBefore(other.end) && other.start.isBefore(end) || start.equals(other.start);
    }

    /** The smallest range covering both. */
    public TimeRange span(TimeRange other) {
        return new TimeRange(start.isBefore(other.start) ? start : other.start,
                end.isAfter(other.end) ? end : other.end);
    }

    @Override
    public String toString() {
        return start + "/" + end;
    }
}
