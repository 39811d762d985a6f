package dev.mlwb.analysis.draft;

import dev.mlwb.analysis.draft.ColumnProfile.ValueCount;
import dev.mlwb.analysis.format.Fmt;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Short descriptions of what a column holds, for the comments beside each guess. */
final class Describe {
    private static final int SHOWN = 4;
    private static final DateTimeFormatter DAY_MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private Describe() {
    }

    /** {@code "minute": timestamps 2026-01-15 08:00 → 12:59}, {@code "model": 2 values v41 (90%), v42 (10%)}, ... */
    static String column(ColumnProfile c) {
        return quoted(c.name()) + ": " + values(c);
    }

    static String values(ColumnProfile c) {
        if (c.nonNull() == 0) {
            return "empty in the sample";
        }
        return switch (c.family()) {
            case TIMESTAMP -> "timestamps " + range(c.min(), c.max());
            case NUMBER -> ColumnTraits.epochUnit(c).isPresent() && ColumnTraits.timestamp(c) >= 0.5
                    ? "epoch " + unitWord(ColumnTraits.epochUnit(c).get()) + ", " + range(seconds(c, c.min()),
                            seconds(c, c.max()))
                    : numbers(c);
            case BOOLEAN -> "true/false" + shares(c);
            case TEXT -> c.timestampShare() >= 0.98 ? "timestamps as text, e.g. " + examples(c.top(), 1) : texts(c);
            default -> c.type() + " values";
        };
    }

    private static String numbers(ColumnProfile c) {
        if (c.distinct() <= 2 && c.zeroOne() >= 0.999) {
            return "0/1" + shares(c);
        }
        String kind = c.integral() ? "whole numbers " : "numbers ";
        return kind + Fmt.num(c.min(), 4) + " to " + Fmt.num(c.max(), 4) + ", " + c.distinct() + " distinct in the sample";
    }

    private static String texts(ColumnProfile c) {
        if (c.distinct() <= 12) {
            return c.distinct() + (c.distinct() == 1 ? " value " : " values ") + examples(c.top(), SHOWN);
        }
        String e = examples(c.top(), 2);
        return c.distinct() + " distinct values in " + c.nonNull() + " sampled rows" + (e.isEmpty() ? "" : ", e.g. " + e);
    }

    private static String shares(ColumnProfile c) {
        return c.top().isEmpty() || c.top().get(0).count() < 0 ? "" : " (" + examples(c.top(), 2) + ")";
    }

    /** {@code v41 (90%), v42 (10%)}, or the values alone when counts are unknown. */
    static String examples(List<ValueCount> top, int n) {
        long total = top.stream().mapToLong(v -> Math.max(0, v.count())).sum();
        String shown = top.stream().limit(n).map(v -> v.count() < 0 || total == 0 ? clip(v.value())
                : clip(v.value()) + " (" + Fmt.pct((double) v.count() / total) + ")").collect(Collectors.joining(", "));
        return top.size() > n ? shown + ", ..." : shown;
    }

    private static String clip(String v) {
        String one = v.replaceAll("\\s+", " ");
        return one.length() > 32 ? one.substring(0, 29) + "..." : one;
    }

    private static String range(double from, double to) {
        if (Double.isNaN(from) || Double.isNaN(to)) {
            return "";
        }
        return DAY_MINUTE.format(Instant.ofEpochSecond((long) from)) + " to "
                + DAY_MINUTE.format(Instant.ofEpochSecond((long) to)) + " UTC";
    }

    private static double seconds(ColumnProfile c, double v) {
        String unit = ColumnTraits.epochUnit(c).orElse("s");
        return unit.equals("s") ? v : unit.equals("ms") ? v / 1e3 : v / 1e6;
    }

    private static String unitWord(String unit) {
        return unit.equals("s") ? "seconds" : unit.equals("ms") ? "milliseconds" : "microseconds";
    }

    static String quoted(String name) {
        return "\"" + name + "\"";
    }
}
