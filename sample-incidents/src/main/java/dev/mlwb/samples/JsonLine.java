package dev.mlwb.samples;

import java.time.Instant;
import java.util.Locale;

/** Builds one JSON object on one line, keys in the order they are added (a JSON-lines record). */
final class JsonLine {
    private final StringBuilder b = new StringBuilder("{");

    private JsonLine() {
    }

    /** A record starting with {@code "timestamp"}. */
    static JsonLine at(Instant t) {
        return new JsonLine().put("timestamp", t.toString());
    }

    static JsonLine object() {
        return new JsonLine();
    }

    JsonLine put(String key, String value) {
        return raw(key, TextFiles.json(value));
    }

    JsonLine put(String key, long value) {
        return raw(key, Long.toString(value));
    }

    JsonLine put(String key, double value, int decimals) {
        return raw(key, String.format(Locale.ROOT, "%." + decimals + "f", value));
    }

    JsonLine put(String key, boolean value) {
        return raw(key, Boolean.toString(value));
    }

    /** A value already written as JSON (an object or a list). */
    JsonLine raw(String key, String json) {
        if (b.length() > 1) {
            b.append(", ");
        }
        b.append(TextFiles.json(key)).append(": ").append(json);
        return this;
    }

    @Override
    public String toString() {
        return b + "}";
    }
}
