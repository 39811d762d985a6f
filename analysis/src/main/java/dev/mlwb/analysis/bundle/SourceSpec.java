package dev.mlwb.analysis.bundle;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One entry of the manifest's {@code sources}: which file, in which role, and how the user's own
 * columns map onto the role's keys.
 *
 * @param index position in {@code sources}, for error messages ({@code sources[2].score})
 * @param role what the source is
 * @param path the path as written, relative to the bundle root (may be a glob)
 * @param name the source's name (default: the file name, made distinct by {@code SourceNames})
 * @param format file format
 * @param dataset the dataset name of features and predictions sources
 * @param columns column keys (see {@link ColumnKey}) → the user's column
 * @param features explicit feature list; empty means every unmapped column
 * @param categorical columns to treat as categorical although numeric
 * @param slices columns that define slices
 * @param featureTimestamps feature → column holding when that value was computed
 * @param metrics metric kind → column (for a Prometheus server, → PromQL query; for saved Prometheus
 *     responses, → file)
 * @param prometheus the Prometheus server a metrics source queries, if it does
 * @param mlflow where an environments source finds MLflow runs, if it reads MLflow
 */
public record SourceSpec(int index, Role role, String path, String name, SourceFormat format,
                         Optional<String> dataset, Map<String, String> columns, Optional<List<String>> features,
                         List<String> categorical, List<String> slices, Map<String, String> featureTimestamps,
                         Map<String, String> metrics, Optional<PrometheusServer> prometheus,
                         Optional<MlflowTracking> mlflow) {

    /** A source read from files, as the format's first version defines it. */
    public SourceSpec(int index, Role role, String path, String name, SourceFormat format, Optional<String> dataset,
                      Map<String, String> columns, Optional<List<String>> features, List<String> categorical,
                      List<String> slices, Map<String, String> featureTimestamps, Map<String, String> metrics) {
        this(index, role, path, name, format, dataset, columns, features, categorical, slices, featureTimestamps, metrics,
                Optional.empty(), Optional.empty());
    }

    public SourceSpec {
        columns = Map.copyOf(columns);
        features = features.map(List::copyOf);
        categorical = List.copyOf(categorical);
        slices = List.copyOf(slices);
        featureTimestamps = Map.copyOf(featureTimestamps);
        metrics = Map.copyOf(metrics);
    }

    /** Whether the source is fetched from a server (Prometheus, MLflow) rather than read from files. */
    public boolean live() {
        return prometheus.isPresent() || mlflow.flatMap(MlflowTracking::url).isPresent();
    }

    /** The same source under another name. */
    public SourceSpec withName(String newName) {
        return new SourceSpec(index, role, path, newName, format, dataset, columns, features, categorical, slices,
                featureTimestamps, metrics, prometheus, mlflow);
    }

    /** The manifest key path of one of this source's keys, e.g. {@code sources[2].score}. */
    public String keyPath(String key) {
        return "sources[" + index + "]" + (key.isEmpty() ? "" : "." + key);
    }

    /** The user's column mapped to a column key, if any. */
    public Optional<String> column(String key) {
        return Optional.ofNullable(columns.get(key));
    }
}
