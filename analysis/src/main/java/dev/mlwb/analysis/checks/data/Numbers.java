package dev.mlwb.analysis.checks.data;

import dev.mlwb.analysis.format.Fmt;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;

/** Small conversions shared by the data checks. */
public final class Numbers {
    private Numbers() {
    }

    /** A number with about four significant digits, for bin labels: {@code 0.4137}, {@code 1250}, {@code 3.2e-05}. */
    public static String sig(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Fmt.num(v, 0);
        }
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        if (a < 1e-3 || a >= 1e7) {
            String[] parts = String.format(java.util.Locale.ROOT, "%.2e", v).split("e");
            String mantissa = parts[0].replaceAll("0+$", "").replaceAll("\\.$", "");
            return mantissa + "e" + Integer.parseInt(parts[1]);
        }
        BigDecimal b = new BigDecimal(v).round(new MathContext(4));
        return b.stripTrailingZeros().toPlainString();
    }

    /** An instant from epoch microseconds. */
    public static Instant instant(long epochMicros) {
        return Instant.ofEpochSecond(Math.floorDiv(epochMicros, 1_000_000L),
                Math.floorMod(epochMicros, 1_000_000L) * 1000L);
    }
}
