package dev.mlwb.analysis.data;

import dev.mlwb.analysis.bundle.ColumnKey;
import dev.mlwb.analysis.bundle.Role;
import dev.mlwb.analysis.bundle.SourceSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A registered source (or, for features, every source of one dataset): the DuckDB view to query
 * and what it holds. Mapped keys appear under canonical names ({@link #col(String)}: {@code __ts},
 * {@code __entity}, {@code __score}, {@code __label}, {@code __arm}, ...); features and slices keep
 * the user's column names; metric kinds are {@link #metric(String)}.
 *
 * @param name the source name (for features and predictions, the dataset name)
 * @param dataset the dataset of features and predictions sources
 * @param view the normalised view's name, already safe to splice into SQL
 * @param sources the manifest entries behind this table
 * @param files the files read, relative to the bundle
 * @param keys the column keys present (mapped or found by name), e.g. {@code timestamp}, {@code arm}
 * @param slices slice columns
 * @param features features (features role only)
 * @param featureTimestamps feature → canonical column holding when the value was computed
 * @param metricKinds the metric kinds mapped (metrics role only)
 * @param rows number of rows
 */
public record Table(Role role, String name, Optional<String> dataset, String view, List<SourceSpec> sources,
                    List<String> files, Set<String> keys, List<String> slices, List<FeatureColumn> features,
                    Map<String, String> featureTimestamps, Set<String> metricKinds, long rows) {

    public Table {
        sources = List.copyOf(sources);
        files = List.copyOf(files);
        keys = Set.copyOf(keys);
        slices = List.copyOf(slices);
        features = List.copyOf(features);
        featureTimestamps = Map.copyOf(featureTimestamps);
        metricKinds = Set.copyOf(metricKinds);
    }

    /** Whether a column key is present, e.g. {@code has("arm")}. */
    public boolean has(String key) {
        return keys.contains(key);
    }

    /** The quoted canonical column of a key, e.g. {@code "__ts"}. */
    public String col(String key) {
        if (!has(key)) {
            throw new IllegalArgumentException(name + " has no " + key + " column");
        }
        return Sql.ident(ColumnKey.canonical(key));
    }

    public boolean hasMetric(String kind) {
        return metricKinds.contains(kind);
    }

    /** The quoted column of a metric kind, e.g. {@code "__m_requests"}. */
    public String metric(String kind) {
        if (!hasMetric(kind)) {
            throw new IllegalArgumentException(name + " has no metric " + kind);
        }
        return Sql.ident(metricColumn(kind));
    }

    public static String metricColumn(String kind) {
        return "__m_" + kind;
    }

    public static String featureTimestampColumn(String feature) {
        return "__fts_" + feature;
    }

    public Optional<FeatureColumn> feature(String name) {
        return features.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The files, joined for messages. */
    public String fileList() {
        return String.join(", ", files);
    }
}
