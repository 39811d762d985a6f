package dev.mlwb.analysis.bundle;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A slice of traffic: one or more {@code column=value} pairs, written {@code platform=android} or
 * {@code platform=android,region=eu}. Column order is kept as given.
 */
public final class SliceKey {
    private final Map<String, String> values;

    private SliceKey(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static SliceKey of(Map<String, String> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a slice names at least one column=value pair");
        }
        return new SliceKey(values);
    }

    public static SliceKey of(String column, String value) {
        return of(Map.of(column, value));
    }

    /** Parses {@code a=x,b=y}; empty if the text is not of that form. */
    public static Optional<SliceKey> parse(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String part : text.split(",")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                return Optional.empty();
            }
            String column = part.substring(0, eq).trim();
            if (column.isEmpty() || values.containsKey(column)) {
                return Optional.empty();
            }
            values.put(column, part.substring(eq + 1).trim());
        }
        return values.isEmpty() ? Optional.empty() : Optional.of(new SliceKey(values));
    }

    public Map<String, String> values() {
        return values;
    }

    /** Whether this slice is {@code other} or a sub-slice of it (has all of its pairs). */
    public boolean within(SliceKey other) {
        return other.values.entrySet().stream()
                .allMatch(e -> Objects.equals(values.get(e.getKey()), e.getValue()));
    }

    /** The columns, joined by {@code ,}: the slice's dimension. */
    public String dimension() {
        return String.join(",", values.keySet());
    }

    /** A short label for people: {@code android} or {@code android · eu}. */
    public String label() {
        return String.join(" · ", values.values());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SliceKey k && k.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(","));
    }
}
