package dev.mlwb.analysis.profile;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The window length for counts over time, chosen from a part's time span: the shortest of 1 h, 2 h,
 * 3 h, 6 h, 12 h, 1, 2, 3, 7, 14 and 30 days that cuts the span into at most {@value #MAX_WINDOWS}
 * windows. A span shorter than three hours has no windows. A manifest may set the length
 * ({@code data.drift}'s {@code window_hours}).
 */
public final class Windows {
    public static final int MAX_WINDOWS = 12;
    private static final List<Duration> NICE = List.of(Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(3),
            Duration.ofHours(6), Duration.ofHours(12), Duration.ofDays(1), Duration.ofDays(2), Duration.ofDays(3),
            Duration.ofDays(7), Duration.ofDays(14), Duration.ofDays(30));

    private Windows() {
    }

    /**
     * @param spanMicros first and last timestamp (epoch µs), if any
     * @param overrideHours a window length in hours, or 0 to choose from the span
     */
    public static Optional<Duration> choose(Optional<long[]> spanMicros, double overrideHours) {
        if (spanMicros.isEmpty()) {
            return Optional.empty();
        }
        Duration span = Duration.ofNanos((spanMicros.get()[1] - spanMicros.get()[0]) * 1000L);
        if (overrideHours > 0) {
            Duration w = Duration.ofSeconds(Math.max(60, Math.round(overrideHours * 3600)));
            return span.compareTo(w) >= 0 ? Optional.of(w) : Optional.empty();
        }
        return of(span);
    }

    public static Optional<Duration> of(Duration span) {
        if (span.compareTo(Duration.ofHours(3)) < 0) {
            return Optional.empty();
        }
        for (Duration w : NICE) {
            if (span.toSeconds() / w.toSeconds() < MAX_WINDOWS) {
                return Optional.of(w);
            }
        }
        return Optional.of(NICE.get(NICE.size() - 1));
    }
}
