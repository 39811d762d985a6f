package dev.mlwb.analysis.bundle;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a source is, as the manifest's {@code role} key names it. */
public enum Role {
    FEATURES("features", true),
    LABELS("labels", true),
    PREDICTIONS("predictions", true),
    METRICS("metrics", true),
    EVENTS("events", true),
    SCHEMAS("schemas", false),
    ENVIRONMENTS("environments", false),
    VOCABULARIES("vocabularies", false),
    EXPOSURES("exposures", true);

    private final String key;
    private final boolean tabular;

    Role(String key, boolean tabular) {
        this.key = key;
        this.tabular = tabular;
    }

    /** The manifest spelling, e.g. {@code features}. */
    public String key() {
        return key;
    }

    /** Whether the source is a table read by DuckDB (rather than a JSON document read by Jackson). */
    public boolean tabular() {
        return tabular;
    }

    public static Optional<Role> fromKey(String key) {
        String k = key.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.key.equals(k)).findFirst();
    }

    /** The list of valid keys, for error messages. */
    public static String knownKeys() {
        return Arrays.stream(values()).map(Role::key).collect(Collectors.joining(", "));
    }
}
