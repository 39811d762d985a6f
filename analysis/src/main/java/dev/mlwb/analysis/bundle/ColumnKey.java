package dev.mlwb.analysis.bundle;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A manifest key that names one of the user's columns, with whether its role requires it and how
 * its values are normalised. Every role's column keys are listed here, in one place.
 */
public record ColumnKey(String key, boolean required, ValueKind kind) {

    private static final Map<Role, List<ColumnKey>> BY_ROLE = new EnumMap<>(Role.class);

    static {
        ColumnKey timestamp = opt("timestamp", ValueKind.TIMESTAMP);
        ColumnKey entity = opt("entity", ValueKind.TEXT);
        BY_ROLE.put(Role.FEATURES, List.of(entity, timestamp));
        BY_ROLE.put(Role.LABELS, List.of(req("entity", ValueKind.TEXT), req("label", ValueKind.LABEL), timestamp));
        BY_ROLE.put(Role.PREDICTIONS, List.of(req("score", ValueKind.SCORE), timestamp, entity,
                opt("arm", ValueKind.TEXT), opt("label", ValueKind.LABEL), opt("model_version", ValueKind.TEXT)));
        BY_ROLE.put(Role.METRICS, List.of(req("timestamp", ValueKind.TIMESTAMP), opt("arm", ValueKind.TEXT)));
        BY_ROLE.put(Role.EVENTS, List.of(req("timestamp", ValueKind.TIMESTAMP), req("type", ValueKind.TEXT),
                opt("level", ValueKind.TEXT), opt("component", ValueKind.TEXT), opt("message", ValueKind.TEXT)));
        BY_ROLE.put(Role.EXPOSURES, List.of(req("timestamp", ValueKind.TIMESTAMP), req("item", ValueKind.TEXT),
                opt("user", ValueKind.TEXT), opt("position", ValueKind.NUMBER), opt("clicked", ValueKind.LABEL)));
        BY_ROLE.put(Role.SCHEMAS, List.of());
        BY_ROLE.put(Role.ENVIRONMENTS, List.of());
        BY_ROLE.put(Role.VOCABULARIES, List.of());
    }

    private static ColumnKey req(String key, ValueKind kind) {
        return new ColumnKey(key, true, kind);
    }

    private static ColumnKey opt(String key, ValueKind kind) {
        return new ColumnKey(key, false, kind);
    }

    /** The column keys of a role, in manifest order. */
    public static List<ColumnKey> of(Role role) {
        return BY_ROLE.get(role);
    }

    /** The name of the normalised column this key becomes in a source's view, e.g. {@code __ts}. */
    public String canonical() {
        return canonical(key);
    }

    /** The canonical column for a key: {@code __ts} for {@code timestamp}, else {@code __<key>}. */
    public static String canonical(String key) {
        return key.equals("timestamp") ? "__ts" : "__" + key;
    }
}
