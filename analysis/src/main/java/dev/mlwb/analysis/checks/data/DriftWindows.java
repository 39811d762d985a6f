package dev.mlwb.analysis.checks.data;

import dev.mlwb.analysis.data.Database;
import dev.mlwb.analysis.data.Row;
import dev.mlwb.analysis.data.Sql;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The window length for drift over time, chosen from the span of the current dataset: the shortest
 * of 1 h, 2 h, 3 h, 6 h, 12 h, 1, 2, 3, 7, 14 and 30 days that cuts the span into at most
 * {@value #MAX_WINDOWS} windows. A span shorter than three hours has no windows.
 */
final class DriftWindows {
    static final int MAX_WINDOWS = 12;
    private static final List<Duration> NICE = List.of(Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(3),
            Duration.ofHours(6), Duration.ofHours(12), Duration.ofDays(1), Duration.ofDays(2), Duration.ofDays(3),
            Duration.ofDays(7), Duration.ofDays(14), Duration.ofDays(30));

    private DriftWindows() {
    }

    /**
     * @param overrideHours a window length in hours from the manifest, or 0 to choose from the span
     */
    static Optional<Duration> choose(Database db, Side current, double overrideHours) throws SQLException {
        if (!current.timed()) {
            return Optional.empty();
        }
        Row r = db.first("SELECT " + Sql.epochMicros("min(t)") + " AS lo, " + Sql.epochMicros("max(t)") + " AS hi FROM "
                + current.relation()).orElseThrow();
        if (r.isNull("lo")) {
            return Optional.empty();
        }
        Duration span = Duration.ofNanos((r.lng("hi") - r.lng("lo")) * 1000L);
        if (overrideHours > 0) {
            Duration w = Duration.ofSeconds(Math.max(60, Math.round(overrideHours * 3600)));
            return span.compareTo(w) >= 0 ? Optional.of(w) : Optional.empty();
        }
        return of(span);
    }

    static Optional<Duration> of(Duration span) {
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
