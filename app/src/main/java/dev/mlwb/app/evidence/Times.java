package dev.mlwb.app.evidence;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** Times and durations as the views show them: always UTC, as short as the context allows. */
public final class Times {
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("MMM d HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("MMM d HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private Times() {
    }

    /** {@code Jan 15 10:04}. */
    public static String minute(Instant t) {
        return MINUTE.format(t);
    }

    /** {@code Jan 15 10:04:31}. */
    public static String second(Instant t) {
        return SECOND.format(t);
    }

    /** {@code Jan 15}. */
    public static String day(Instant t) {
        return DAY.format(t);
    }

    /** A time or a dash. */
    public static String minute(Optional<Instant> t) {
        return t.map(Times::minute).orElse("—");
    }

    /** A time to the second or a dash. */
    public static String second(Optional<Instant> t) {
        return t.map(Times::second).orElse("—");
    }

    /** Seconds in words: {@code 45 s}, {@code 12 min}, {@code 3.5 h}, {@code 21 days}; a dash for NaN. */
    public static String seconds(double s) {
        if (Double.isNaN(s)) {
            return "—";
        }
        if (Math.abs(s) < 120) {
            return String.format(Locale.ROOT, "%.1f s", s).replace(".0 s", " s");
        }
        return dev.mlwb.analysis.format.Fmt.duration(Duration.ofSeconds(Math.round(s)));
    }

    /** An instant as the epoch seconds a time axis uses. */
    public static double x(Instant t) {
        return t.toEpochMilli() / 1000.0;
    }
}
