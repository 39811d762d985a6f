package dev.mlwb.analysis.format;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Formats numbers for finding summaries and reports, always with a dot and in UTC. */
public final class Fmt {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MMM d HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private Fmt() {
    }

    /** A share as a percentage with one decimal: {@code 55.0%}. */
    public static String pct(double share) {
        return Double.isNaN(share) ? "n/a" : String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    /** A relative change with its sign: {@code -14.8%}. */
    public static String change(double relative) {
        return Double.isNaN(relative) ? "n/a" : String.format(Locale.ROOT, "%+.1f%%", relative * 100);
    }

    /** A number with up to {@code digits} decimals, trailing zeros dropped. */
    public static String num(double v, int digits) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "-∞";
        }
        String s = String.format(Locale.ROOT, "%." + digits + "f", v);
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s.equals("-0") ? "0" : s;
    }

    /**
     * A measure as a table or report shows it: four decimals, except that a non-zero value too small for
     * them keeps two significant digits ({@code 5.6e-07}, never {@code 0}).
     */
    public static String measure(double v) {
        if (v != 0 && Double.isFinite(v) && Math.abs(v) < 0.0001) {
            return String.format(Locale.ROOT, "%.1e", v);
        }
        return num(v, 4);
    }

    /** The first line of an exception's message, as an error line shows it; {@code ifNone} when it has none. */
    public static String firstLine(Throwable e, String ifNone) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? ifNone : m.strip().split("\\R")[0];
    }

    /** A count with thousands separators: {@code 1,234,567}. */
    public static String count(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%,d", Math.round(v));
    }

    /** A p-value: {@code p < 1e-300}, {@code p = 3.2e-05}, {@code p = 0.041}. */
    public static String p(double p) {
        if (Double.isNaN(p)) {
            return "p = n/a";
        }
        if (p < 1e-300) {
            return "p < 1e-300";
        }
        if (p < 0.001) {
            return String.format(Locale.ROOT, "p = %.1e", p);
        }
        return String.format(Locale.ROOT, "p = %.3f", p);
    }

    /** A UTC time: {@code Jan 15 10:00}. */
    public static String time(Instant t) {
        return TIME.format(t);
    }

    /** A time range in UTC: {@code Jan 15 09:00–11:00 UTC}, or with both dates when it spans days. */
    public static String period(dev.mlwb.analysis.time.TimeRange r) {
        String start = time(r.start());
        String end = time(r.end());
        if (start.substring(0, start.lastIndexOf(' ')).equals(end.substring(0, end.lastIndexOf(' ')))) {
            end = end.substring(end.lastIndexOf(' ') + 1);
        }
        return start + "–" + end + " UTC";
    }

    /** Time ranges in a sentence: the first {@code shown} in full, then how many more ({@code ... and 2 more windows}). */
    public static String periods(List<dev.mlwb.analysis.time.TimeRange> ranges, int shown) {
        String listed = and(ranges.stream().limit(shown).map(Fmt::period).toList());
        return ranges.size() > shown ? listed + " and " + (ranges.size() - shown) + " more windows" : listed;
    }

    /** A duration in words: {@code 45 s}, {@code 12 min}, {@code 3.5 h}, {@code 21 days}. */
    public static String duration(Duration d) {
        long s = d.getSeconds();
        if (s < 120) {
            return s + " s";
        }
        if (s < 2 * 3600) {
            return Math.round(s / 60.0) + " min";
        }
        if (s < 2 * 86400) {
            return num(s / 3600.0, 1) + " h";
        }
        return num(s / 86400.0, 1) + " days";
    }

    /** {@code a}, {@code a and b}, {@code a, b and c}. */
    public static String and(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
