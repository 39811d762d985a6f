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
 *
 * <p>The text form is unambiguous whatever the columns and values hold. Inside a column name or a value,
 * a backslash is written {@code \\}, a comma {@code \,}, an equals sign {@code \=}, a newline {@code \n}, a
 * carriage return {@code \r}, a tab {@code \t}, any other control character {@code \}{@code uXXXX}, a space at the
 * start or the end {@code \ } and other whitespace there {@code \}{@code uXXXX} (unescaped whitespace around
 * names and values is trimmed, so that
 * {@code a=x, b=y} can be written by hand). Nothing else is escaped: quotes, colons and non-ASCII letters stay as
 * they are, and a slice without these characters reads exactly as before, e.g. {@code os=android}. Parsing
 * accepts an unescaped {@code =} inside a value ({@code expr=a=b}: column {@code expr}, value {@code a=b}) and
 * keeps a backslash that starts no escape.
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

    /** Parses {@code a=x,b=y} (with the escapes above); empty if the text is not of that form. */
    public static Optional<SliceKey> parse(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        Part name = new Part();
        Part value = new Part();
        boolean inValue = false;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ',') {
                if (!inValue || !put(values, name.trimmed(), value.trimmed())) {
                    return Optional.empty();
                }
                name = new Part();
                value = new Part();
                inValue = false;
                continue;
            }
            char c = text.charAt(i);
            Part into = inValue ? value : name;
            if (c == '\\' && i + 1 < text.length()) {
                int consumed = into.unescape(text, i + 1);
                if (consumed > 0) {
                    i += consumed;
                    continue;
                }
            }
            if (c == '=' && !inValue) {
                inValue = true;
                continue;
            }
            into.add(c, false);
        }
        return values.isEmpty() ? Optional.empty() : Optional.of(new SliceKey(values));
    }

    /** A column name or value being read: its characters and which of them came from an escape. */
    private static final class Part {
        private final StringBuilder text = new StringBuilder();
        private final java.util.BitSet escaped = new java.util.BitSet();

        void add(char c, boolean fromEscape) {
            escaped.set(text.length(), fromEscape);
            text.append(c);
        }

        /** Reads the escape after a backslash; returns how many characters it used (0: none, the backslash is literal). */
        int unescape(String s, int at) {
            char e = s.charAt(at);
            switch (e) {
                case '\\', ',', '=', ' ' -> add(e, true);
                case 'n' -> add('\n', true);
                case 'r' -> add('\r', true);
                case 't' -> add('\t', true);
                case 'u' -> {
                    if (at + 5 > s.length() || !s.substring(at + 1, at + 5).matches("[0-9a-fA-F]{4}")) {
                        return 0;
                    }
                    add((char) Integer.parseInt(s.substring(at + 1, at + 5), 16), true);
                    return 5;
                }
                default -> {
                    return 0;
                }
            }
            return 1;
        }

        /** Without unescaped whitespace at either end. */
        String trimmed() {
            int start = 0;
            int end = text.length();
            while (start < end && Character.isWhitespace(text.charAt(start)) && !escaped.get(start)) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1)) && !escaped.get(end - 1)) {
                end--;
            }
            return text.substring(start, end);
        }
    }

    private static boolean put(Map<String, String> values, String column, String value) {
        if (column.isEmpty() || values.containsKey(column)) {
            return false;
        }
        values.put(column, value);
        return true;
    }

    public Map<String, String> values() {
        return values;
    }

    /** Whether this slice is {@code other} or a sub-slice of it (has all of its pairs). */
    public boolean within(SliceKey other) {
        return other.values.entrySet().stream()
                .allMatch(e -> Objects.equals(values.get(e.getKey()), e.getValue()));
    }

    /** The columns, joined by {@code ,}: the slice's dimension (column names as they are, not escaped). */
    public String dimension() {
        return String.join(",", values.keySet());
    }

    /**
     * A short label for people: {@code android} or {@code android · eu}. Control characters are shown as their
     * escapes ({@code \n}), so that a label stays on one line in titles and tables.
     */
    public String label() {
        return values.values().stream().map(SliceKey::visible).collect(Collectors.joining(" · "));
    }

    private static String visible(String v) {
        StringBuilder b = new StringBuilder();
        for (char c : v.toCharArray()) {
            appendControl(b, c);
        }
        return b.toString();
    }

    private static void appendControl(StringBuilder b, char c) {
        switch (c) {
            case '\n' -> b.append("\\n");
            case '\r' -> b.append("\\r");
            case '\t' -> b.append("\\t");
            default -> {
                if (c < 0x20 || c == 0x7f) {
                    b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                } else {
                    b.append(c);
                }
            }
        }
    }

    /** One column name or value in the text form: the escapes of the class comment. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean edge = i == 0 || i == s.length() - 1;
            if (c == '\\' || c == ',' || c == '=' || c == ' ' && edge) {
                b.append('\\').append(c);
            } else if (edge && Character.isWhitespace(c) && c >= 0x20) {
                b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            } else {
                appendControl(b, c);
            }
        }
        return b.toString();
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
        return values.entrySet().stream().map(e -> escape(e.getKey()) + "=" + escape(e.getValue()))
                .collect(Collectors.joining(","));
    }
}
