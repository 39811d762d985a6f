package dev.mlwb.analysis.data;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One row of a small (aggregate) result, read by column label. */
public final class Row {
    private final Map<String, Integer> index;
    private final Object[] values;

    Row(Map<String, Integer> index, Object[] values) {
        this.index = index;
        this.values = values;
    }

    public Object get(String column) {
        Integer i = index.get(column);
        if (i == null) {
            throw new IllegalArgumentException("no column " + column + " in result; columns are " + index.keySet());
        }
        return values[i];
    }

    public Object get(int i) {
        return values[i];
    }

    public int size() {
        return values.length;
    }

    public boolean isNull(String column) {
        return get(column) == null;
    }

    /** A number, or NaN when null. */
    public double dbl(String column) {
        return toDouble(get(column));
    }

    public double dbl(int i) {
        return toDouble(values[i]);
    }

    /** A whole number, or 0 when null. */
    public long lng(String column) {
        Object v = get(column);
        return v == null ? 0L : ((Number) v).longValue();
    }

    public long lng(int i) {
        Object v = values[i];
        return v == null ? 0L : ((Number) v).longValue();
    }

    /** Text, or empty when null. */
    public Optional<String> text(String column) {
        Object v = get(column);
        return v == null ? Optional.empty() : Optional.of(v.toString());
    }

    /** Text, with {@code fallback} when null. */
    public String str(String column, String fallback) {
        Object v = get(column);
        return v == null ? fallback : v.toString();
    }

    public String str(int i) {
        Object v = values[i];
        return v == null ? null : v.toString();
    }

    /** An instant from a column selected as epoch microseconds ({@link Sql#epochMicros}). */
    public Optional<Instant> instant(String column) {
        Object v = get(column);
        if (v == null) {
            return Optional.empty();
        }
        long micros = ((Number) v).longValue();
        return Optional.of(Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L));
    }

    /** The values of a DuckDB LIST column as doubles. */
    public double[] doubles(String column) {
        Object v = get(column);
        if (v == null) {
            return new double[0];
        }
        List<?> list = asList(v);
        double[] out = new double[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = toDouble(list.get(i));
        }
        return out;
    }

    private static List<?> asList(Object v) {
        if (v instanceof java.sql.Array a) {
            try {
                Object arr = a.getArray();
                return java.util.Arrays.asList((Object[]) arr);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("cannot read a list value: " + e.getMessage(), e);
            }
        }
        if (v instanceof List<?> l) {
            return l;
        }
        throw new IllegalArgumentException("not a list: " + v.getClass().getName());
    }

    static double toDouble(Object v) {
        if (v == null) {
            return Double.NaN;
        }
        if (v instanceof Double d) {
            return d;
        }
        if (v instanceof BigDecimal b) {
            return b.doubleValue();
        }
        if (v instanceof BigInteger b) {
            return b.doubleValue();
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        throw new IllegalArgumentException("not a number: " + v);
    }
}
