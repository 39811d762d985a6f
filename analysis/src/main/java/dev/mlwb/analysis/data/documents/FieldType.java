package dev.mlwb.analysis.data.documents;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The value type of a schema field, as the {@code schemas} file spells it. */
public enum FieldType {
    DOUBLE, LONG, STRING, BOOLEAN, TIMESTAMP;

    /** The spelling in the file, e.g. {@code double}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<FieldType> fromKey(String key) {
        String k = key.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.key().equals(k)).findFirst();
    }

    /** The list of valid spellings, for error messages. */
    public static String knownKeys() {
        return Arrays.stream(values()).map(FieldType::key).collect(Collectors.joining(", "));
    }
}
