package dev.mlwb.analysis.check;

import dev.mlwb.analysis.bundle.Manifest;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** One check's thresholds: its declared defaults with the manifest's overrides applied. */
public final class Thresholds {
    private final String checkId;
    private final Map<String, Double> values;
    private final Set<String> overridden;

    private Thresholds(String checkId, Map<String, Double> values, Set<String> overridden) {
        this.checkId = checkId;
        this.values = Collections.unmodifiableMap(values);
        this.overridden = Set.copyOf(overridden);
    }

    /** The check's defaults, overridden by {@code manifest.thresholds[check.id()]} where given. */
    public static Thresholds resolve(Check check, Manifest manifest) {
        Map<String, Double> values = new LinkedHashMap<>();
        check.thresholds().forEach(t -> values.put(t.key(), t.defaultValue()));
        Map<String, Double> given = manifest.thresholds().getOrDefault(check.id(), Map.of());
        Set<String> over = new java.util.HashSet<>();
        given.forEach((k, v) -> {
            if (values.containsKey(k)) {
                values.put(k, v);
                over.add(k);
            }
        });
        return new Thresholds(check.id(), values, over);
    }

    /** Defaults only, for tests and documentation. */
    public static Thresholds defaults(Check check) {
        Map<String, Double> values = new LinkedHashMap<>();
        check.thresholds().forEach(t -> values.put(t.key(), t.defaultValue()));
        return new Thresholds(check.id(), values, Set.of());
    }

    /** A copy with one value replaced, for tests. */
    public Thresholds with(String key, double value) {
        get(key);
        Map<String, Double> copy = new LinkedHashMap<>(values);
        copy.put(key, value);
        Set<String> over = new java.util.HashSet<>(overridden);
        over.add(key);
        return new Thresholds(checkId, copy, over);
    }

    public double get(String key) {
        Double v = values.get(key);
        if (v == null) {
            throw new IllegalArgumentException(checkId + " declares no threshold " + key + "; it has " + values.keySet());
        }
        return v;
    }

    public boolean isOverridden(String key) {
        return overridden.contains(key);
    }

    public Map<String, Double> asMap() {
        return values;
    }
}
