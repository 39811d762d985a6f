package dev.mlwb.analysis.report.svg;

import dev.mlwb.analysis.format.Fmt;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Tick positions and labels: "nice" numbers for values, calendar steps for UTC times. */
final class Axis {
    private static final long[] TIME_STEPS = {1_000, 5_000, 10_000, 30_000, 60_000, 300_000, 600_000, 900_000,
        1_800_000, 3_600_000, 7_200_000, 10_800_000, 21_600_000, 43_200_000, 86_400_000, 172_800_000, 604_800_000,
        1_209_600_000, 2_592_000_000L};

    private Axis() {
    }

    /** About {@code count} ticks covering [lo, hi] at 1, 2 or 5 times a power of ten. */
    static List<Double> ticks(double lo, double hi, int count) {
        List<Double> out = new ArrayList<>();
        if (!(hi > lo)) {
            out.add(lo);
            return out;
        }
        double raw = (hi - lo) / Math.max(1, count);
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw / mag < 1.5 ? mag : raw / mag < 3 ? 2 * mag : raw / mag < 7 ? 5 * mag : 10 * mag;
        for (double v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) {
            out.add(Math.abs(v) < step * 1e-9 ? 0 : v);
        }
        return out;
    }

    /** A tick label: as a percentage when {@code percent}, else the number with the decimals its step needs. */
    static String label(double v, double step, boolean percent) {
        if (percent) {
            int digits = step * 100 >= 1 ? 0 : step * 100 >= 0.1 ? 1 : 2;
            return String.format(Locale.ROOT, "%." + digits + "f%%", v * 100);
        }
        if (Math.abs(v) >= 10_000) {
            return Fmt.count(v);
        }
        int digits = step >= 1 ? 0 : (int) Math.min(4, Math.ceil(-Math.log10(step)));
        return Fmt.num(v, digits);
    }

    /** The time step giving at most {@code max} ticks over the span. */
    static long timeStep(long spanMillis, int max) {
        for (long s : TIME_STEPS) {
            if (spanMillis / s <= max) {
                return s;
            }
        }
        return TIME_STEPS[TIME_STEPS.length - 1];
    }

    /** Tick times: multiples of the step (in UTC) inside [lo, hi]. */
    static List<Long> timeTicks(long lo, long hi, long step) {
        List<Long> out = new ArrayList<>();
        for (long t = Math.floorDiv(lo + step - 1, step) * step; t <= hi; t += step) {
            out.add(t);
        }
        return out;
    }

    /** A time label fit for the step: seconds, minutes, or dates. */
    static String timeLabel(long t, long step, boolean withDate) {
        String pattern = step < 60_000 ? "HH:mm:ss" : step < 86_400_000 ? (withDate ? "MMM d HH:mm" : "HH:mm") : "MMM d";
        return DateTimeFormatter.ofPattern(pattern, Locale.ROOT).withZone(ZoneOffset.UTC).format(Instant.ofEpochMilli(t));
    }
}
