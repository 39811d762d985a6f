package dev.mlwb.analysis.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Parses the timestamp forms the bundle format allows in JSON documents (manifest, schemas,
 * environments): ISO-8601 with or without an offset (a space may replace the {@code T}), dates,
 * and epoch seconds or milliseconds. Tables are normalised in SQL instead, by the same rules.
 */
public final class TimeParsing {
    /** Epoch values at or above this magnitude are milliseconds (1e11 s is the year 5138). */
    public static final double EPOCH_MILLIS_THRESHOLD = 1e11;
    /** Epoch values at or above this magnitude are microseconds. */
    public static final double EPOCH_MICROS_THRESHOLD = 1e14;

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .toFormatter();
    private static final DateTimeFormatter OFFSET = new DateTimeFormatterBuilder()
            .append(LOCAL)
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendOffset("+HH:MM:ss", "Z")
            .toFormatter();
    private static final DateTimeFormatter OFFSET_COMPACT = new DateTimeFormatterBuilder()
            .append(LOCAL)
            .appendOffset("+HHmm", "Z")
            .parseDefaulting(ChronoField.NANO_OF_SECOND, 0)
            .toFormatter();

    private TimeParsing() {
    }

    /** An epoch number in seconds, milliseconds or microseconds, told apart by magnitude. */
    public static Instant fromEpoch(double value) {
        double abs = Math.abs(value);
        double micros;
        if (abs >= EPOCH_MICROS_THRESHOLD) {
            micros = value;
        } else if (abs >= EPOCH_MILLIS_THRESHOLD) {
            micros = value * 1e3;
        } else {
            micros = value * 1e6;
        }
        long whole = (long) Math.floor(micros);
        return Instant.ofEpochSecond(Math.floorDiv(whole, 1_000_000L), Math.floorMod(whole, 1_000_000L) * 1000L);
    }

    /**
     * Parses text in any of the allowed forms; a value without an offset is read in {@code zone}.
     *
     * @return empty if the text is none of the forms
     */
    public static Optional<Instant> parse(String text, ZoneId zone) {
        String t = text.trim();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        if (NUMBER.matcher(t).matches()) {
            return Optional.of(fromEpoch(Double.parseDouble(t)));
        }
        for (DateTimeFormatter f : new DateTimeFormatter[] {OFFSET, OFFSET_COMPACT}) {
            try {
                return Optional.of(OffsetDateTime.parse(t, f).toInstant());
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        try {
            return Optional.of(LocalDateTime.parse(t, LOCAL).atZone(zone).toInstant());
        } catch (DateTimeParseException ignored) {
            // try a date
        }
        try {
            return Optional.of(LocalDate.parse(t).atStartOfDay(zone).toInstant());
        } catch (DateTimeParseException ignored) {
            return Optional.empty();
        }
    }
}
