package dev.mlwb.analysis.stats;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Argument checks shared by the statistics. Every failure is an {@link IllegalArgumentException} whose message
 * names the argument and the offending value; array arguments are copied so that no statistic aliases its input.
 */
final class ArgumentChecks {
    private ArgumentChecks() {
    }

    /** Copies {@code counts} after checking that it is present and holds no negative entry. */
    static long[] counts(long[] counts, String name) {
        Objects.requireNonNull(counts, name);
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] < 0) {
                throw fail("%s must not be negative, but %s[%d] = %d", name, name, i, counts[i]);
            }
        }
        return counts.clone();
    }

    /** Copies {@code values} after checking that it is present and holds only finite numbers. */
    static double[] finite(double[] values, String name) {
        Objects.requireNonNull(values, name);
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw fail("%s must be finite, but %s[%d] = %s", name, name, i, values[i]);
            }
        }
        return values.clone();
    }

    /** Returns the sum of non-negative counts, failing on overflow. */
    static long total(long[] counts, String name) {
        long total = 0;
        for (long c : counts) {
            try {
                total = Math.addExact(total, c);
            } catch (ArithmeticException e) {
                throw fail("the sum of %s overflows a long", name);
            }
        }
        return total;
    }

    /** Checks that the counts sum to more than zero and returns the sum. */
    static long positiveTotal(long[] counts, String name) {
        long total = total(counts, name);
        if (total == 0) {
            throw fail("%s must not all be zero (%d entries)", name, counts.length);
        }
        return total;
    }

    static void sameLength(int a, String nameA, int b, String nameB) {
        if (a != b) {
            throw fail("%s and %s must have the same length, but have %d and %d", nameA, nameB, a, b);
        }
    }

    static void notEmpty(int length, String name) {
        if (length == 0) {
            throw fail("%s must not be empty", name);
        }
    }

    static long nonNegative(long value, String name) {
        if (value < 0) {
            throw fail("%s must not be negative, but is %d", name, value);
        }
        return value;
    }

    static long positive(long value, String name) {
        if (value <= 0) {
            throw fail("%s must be positive, but is %d", name, value);
        }
        return value;
    }

    static void atMost(long value, String name, long limit, String limitName) {
        if (value > limit) {
            throw fail("%s (%d) must not exceed %s (%d)", name, value, limitName, limit);
        }
    }

    /** Checks {@code 0 <= value <= 1}; NaN fails. */
    static double probability(double value, String name) {
        if (!(value >= 0 && value <= 1)) {
            throw fail("%s must lie in [0, 1], but is %s", name, value);
        }
        return value;
    }

    /** Checks {@code 0 < value < 1}; NaN fails. */
    static double openUnitInterval(double value, String name) {
        if (!(value > 0 && value < 1)) {
            throw fail("%s must lie strictly between 0 and 1, but is %s", name, value);
        }
        return value;
    }

    static void strictlyIncreasing(double[] values, String name) {
        for (int i = 1; i < values.length; i++) {
            if (!(values[i - 1] < values[i])) {
                throw fail("%s must be strictly increasing (one entry per distinct value), but %s[%d] = %s"
                        + " and %s[%d] = %s", name, name, i - 1, values[i - 1], name, i, values[i]);
            }
        }
    }

    static void nonDecreasing(double[] values, String name) {
        for (int i = 1; i < values.length; i++) {
            if (values[i - 1] > values[i]) {
                throw fail("%s must be sorted in ascending order, but %s[%d] = %s > %s[%d] = %s",
                        name, name, i - 1, values[i - 1], name, i, values[i]);
            }
        }
    }

    /** Copies a category-to-count map, keeping its iteration order, after checking every count. */
    static <K> Map<K, Long> countMap(Map<K, Long> counts, String name) {
        Objects.requireNonNull(counts, name);
        Map<K, Long> copy = new LinkedHashMap<>();
        counts.forEach((key, value) -> {
            if (value == null || value < 0) {
                throw fail("%s must map every category to a non-negative count, but %s -> %s", name, key, value);
            }
            copy.put(key, value);
        });
        return copy;
    }

    static IllegalArgumentException fail(String template, Object... args) {
        return new IllegalArgumentException(String.format(Locale.ROOT, template, args));
    }
}
