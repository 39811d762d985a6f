package dev.mlwb.analysis.data;

import dev.mlwb.analysis.bundle.BundleException;
import dev.mlwb.analysis.bundle.ColumnKey;
import dev.mlwb.analysis.bundle.Role;
import dev.mlwb.analysis.bundle.SourceSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How one source's columns map onto its role: which user column each key names (a key left out
 * of the manifest maps to a column of the same name, if there is one), the slices, and for
 * features sources which columns are features. Every name is checked against the file.
 */
final class ColumnMapping {
    final Map<ColumnKey, String> keys = new LinkedHashMap<>();
    final List<String> slices = new ArrayList<>();
    final List<FeatureColumn> features = new ArrayList<>();
    final Map<String, String> featureTimestamps = new LinkedHashMap<>();
    final Map<String, String> metrics = new LinkedHashMap<>();
    final List<String> warnings = new ArrayList<>();

    private final SourceSpec spec;
    private final Map<String, String> columns;
    private final String manifestFile;
    private final String shownFile;

    private final Set<String> mappedElsewhere;

    private ColumnMapping(SourceSpec spec, Map<String, String> columns, String manifestFile, String shownFile,
                          Set<String> mappedElsewhere) {
        this.spec = spec;
        this.columns = columns;
        this.manifestFile = manifestFile;
        this.shownFile = shownFile;
        this.mappedElsewhere = mappedElsewhere;
    }

    /**
     * @param columns the file's columns and DuckDB types, in order
     * @param manifestFile the manifest's name, for errors about its keys
     * @param shownFile the data file as shown in messages
     * @param mappedElsewhere columns that other sources of the same file map to their keys (a score, a label, an
     *     arm): a features source without a {@code features} list leaves them out of its features
     */
    static ColumnMapping resolve(SourceSpec spec, Map<String, String> columns, String manifestFile, String shownFile,
                                 Set<String> mappedElsewhere) throws BundleException {
        ColumnMapping m = new ColumnMapping(spec, columns, manifestFile, shownFile, mappedElsewhere);
        m.resolveKeys();
        for (int i = 0; i < spec.slices().size(); i++) {
            m.slices.add(m.requireColumn(spec.slices().get(i), "slices[" + i + "]"));
        }
        for (Map.Entry<String, String> e : spec.metrics().entrySet()) {
            m.metrics.put(e.getKey(), m.requireColumn(e.getValue(), "metrics." + e.getKey()));
        }
        if (spec.role() == Role.FEATURES) {
            m.resolveFeatures();
        }
        return m;
    }

    private void resolveKeys() throws BundleException {
        for (ColumnKey key : ColumnKey.of(spec.role())) {
            if (spec.column(key.key()).isPresent()) {
                keys.put(key, requireColumn(spec.column(key.key()).get(), key.key()));
            } else if (columns.containsKey(key.key())) {
                keys.put(key, key.key());
            } else if (key.required()) {
                throw new BundleException(manifestFile, spec.keyPath(key.key()), "not mapped, and " + shownFile
                        + " has no column named \"" + key.key() + "\"; add " + key.key() + ": <column> (columns are: "
                        + columnList() + ")");
            }
        }
    }

    private void resolveFeatures() throws BundleException {
        Set<String> used = new HashSet<>(keys.values());
        used.addAll(slices);
        for (Map.Entry<String, String> e : spec.featureTimestamps().entrySet()) {
            String col = requireColumn(e.getValue(), "feature_timestamps." + e.getKey());
            featureTimestamps.put(e.getKey(), col);
            used.add(col);
        }
        Set<String> categorical = new HashSet<>();
        for (int i = 0; i < spec.categorical().size(); i++) {
            categorical.add(requireColumn(spec.categorical().get(i), "categorical[" + i + "]"));
        }
        Set<String> names = new LinkedHashSet<>();
        if (spec.features().isPresent()) {
            List<String> listed = spec.features().get();
            for (int i = 0; i < listed.size(); i++) {
                names.add(requireColumn(listed.get(i), "features[" + i + "]"));
            }
        } else {
            for (String c : columns.keySet()) {
                if (!used.contains(c) && !mappedElsewhere.contains(c)) {
                    names.add(c);
                }
            }
        }
        for (String name : names) {
            addFeature(name, categorical.contains(name), spec.features().isPresent());
        }
        for (String f : featureTimestamps.keySet()) {
            if (features.stream().noneMatch(c -> c.name().equals(f))) {
                throw new BundleException(manifestFile, spec.keyPath("feature_timestamps." + f),
                        "\"" + f + "\" is not a feature of " + shownFile + " (features are: "
                                + String.join(", ", features.stream().map(FeatureColumn::name).toList()) + ")");
            }
        }
    }

    private void addFeature(String name, boolean forcedCategorical, boolean listed) throws BundleException {
        String type = columns.get(name);
        if (name.startsWith("__")) {
            throw new BundleException(shownFile, "column \"" + name + "\"",
                    "names starting with __ are reserved for the workbench's own columns; rename it or leave it out of features");
        }
        if (DuckTypes.isNested(type)) {
            if (listed) {
                throw new BundleException(manifestFile, spec.keyPath("features"), "column \"" + name + "\" holds "
                        + type + " values; a feature must be a number, text or boolean");
            }
            warnings.add(shownFile + ": column \"" + name + "\" (" + type + ") is not a feature: nested values");
            return;
        }
        if (forcedCategorical || DuckTypes.isText(type) || DuckTypes.isBoolean(type)) {
            features.add(new FeatureColumn(name, FeatureColumn.Kind.CATEGORICAL, type));
        } else if (DuckTypes.isNumeric(type)) {
            features.add(new FeatureColumn(name, FeatureColumn.Kind.NUMERIC, type));
        } else if (listed) {
            features.add(new FeatureColumn(name, FeatureColumn.Kind.CATEGORICAL, type));
        } else {
            warnings.add(shownFile + ": column \"" + name + "\" (" + type + ") is not used as a feature; list it "
                    + "under features to compare it");
        }
    }

    private String requireColumn(String column, String key) throws BundleException {
        if (columns.containsKey(column)) {
            return column;
        }
        String hint = columns.keySet().stream()
                .filter(c -> c.toLowerCase(Locale.ROOT).equals(column.toLowerCase(Locale.ROOT)))
                .findFirst().map(c -> " (did you mean \"" + c + "\"?)").orElse("");
        throw new BundleException(manifestFile, spec.keyPath(key), "column \"" + column + "\" not found in "
                + shownFile + hint + "; columns are: " + columnList());
    }

    private String columnList() {
        List<String> names = new ArrayList<>(columns.keySet());
        String list = String.join(", ", names.subList(0, Math.min(names.size(), 30)));
        return names.size() > 30 ? list + ", ... (" + names.size() + " in all)" : list;
    }
}
