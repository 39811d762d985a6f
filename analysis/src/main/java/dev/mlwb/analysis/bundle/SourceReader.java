package dev.mlwb.analysis.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Reads one entry of the manifest's {@code sources} list. */
final class SourceReader {
    private final ManifestParser parser;
    private final int index;
    private final String at;

    SourceReader(ManifestParser parser, int index) {
        this.parser = parser;
        this.index = index;
        this.at = "sources[" + index + "]";
    }

    SourceSpec read(JsonNode node) throws BundleException {
        parser.requireObject(node, at, "{role: ..., path: ..., ...}");
        String roleText = parser.requireText(node, "role", at + ".role");
        Role role = Role.fromKey(roleText).orElseThrow(() -> parser.error(at + ".role",
                "unknown role \"" + roleText + "\"; roles are " + Role.knownKeys()));
        LiveSourceReader live = new LiveSourceReader(parser, at);
        Optional<PrometheusServer> prometheus = live.prometheus(node, role);
        Optional<String> givenPath = parser.optText(node, "path", at + ".path");
        boolean pathless = prometheus.isPresent() || node.path("mlflow").has("url")
                || parser.optText(node, "format", at + ".format").filter(f -> f.trim().equalsIgnoreCase("prometheus")).isPresent();
        String path = pathless ? givenPath.orElse("") : parser.requireText(node, "path", at + ".path");
        if (!path.isEmpty()) {
            checkPathText(path);
        }
        SourceFormat format = prometheus.isPresent() ? prometheusFormat(node)
                : node.hasNonNull("mlflow") && !node.has("format") ? SourceFormat.MLFLOW : readFormat(node, path);
        Optional<MlflowTracking> mlflow = live.mlflow(node, role, format);
        if (mlflow.isPresent()) {
            format = SourceFormat.MLFLOW;
        }
        String name = parser.optText(node, "name", at + ".name").orElse(defaultName(path, format, prometheus, mlflow));
        warnUnknownKeys(node, role);

        Map<String, String> columns = new LinkedHashMap<>();
        for (ColumnKey key : ColumnKey.of(role)) {
            parser.optText(node, key.key(), at + "." + key.key()).ifPresent(c -> columns.put(key.key(), c));
        }
        Optional<String> dataset = parser.optText(node, "dataset", at + ".dataset");
        if (role == Role.FEATURES && dataset.isEmpty()) {
            throw parser.error(at + ".dataset", "is required for a features source: name it, e.g. training or serving");
        }
        Optional<List<String>> features = node.has("features") && !node.get("features").isNull()
                ? Optional.of(parser.optTextList(node, "features", at + ".features")) : Optional.empty();
        List<String> categorical = parser.optTextList(node, "categorical", at + ".categorical");
        List<String> slices = parser.optTextList(node, "slices", at + ".slices");
        Map<String, String> featureTimestamps = parser.optTextMap(node, "feature_timestamps", at + ".feature_timestamps");
        Map<String, String> metrics = role == Role.METRICS || node.has("metrics")
                ? parser.optTextMap(node, "metrics", at + ".metrics") : Map.of();
        if (role == Role.METRICS && metrics.isEmpty()) {
            throw parser.error(at + ".metrics", "is required for a metrics source: map kinds such as requests, "
                    + "errors, latency_p99_ms, impressions, clicks to your columns");
        }
        if (role.tabular() && format == SourceFormat.JSON && role != Role.EVENTS) {
            // a JSON array of records is fine for DuckDB; documents are only for schemas and the like
            parser.warn(at + ".format: json is read as an array of records");
        }
        if (!role.tabular() && format != SourceFormat.JSON && format != SourceFormat.JSONL && format != SourceFormat.MLFLOW) {
            throw parser.error(at + ".format", "a " + role.key() + " source must be JSON, not " + format.key());
        }
        live.check(role, format, metrics, prometheus.isPresent());
        return new SourceSpec(index, role, path, name, format, dataset, columns, features, categorical, slices,
                featureTimestamps, metrics, prometheus, mlflow);
    }

    private SourceFormat prometheusFormat(JsonNode node) throws BundleException {
        Optional<String> given = parser.optText(node, "format", at + ".format");
        if (given.isPresent() && SourceFormat.fromKey(given.get()).orElse(null) != SourceFormat.PROMETHEUS) {
            throw parser.error(at + ".format", "is \"" + given.get() + "\", but the source queries a Prometheus server");
        }
        return SourceFormat.PROMETHEUS;
    }

    /** The file name; for a server, its host; for saved Prometheus responses, their format. */
    private static String defaultName(String path, SourceFormat format, Optional<PrometheusServer> prometheus,
                                      Optional<MlflowTracking> mlflow) {
        if (prometheus.isPresent()) {
            return "prometheus " + prometheus.get().url().getHost();
        }
        if (mlflow.flatMap(MlflowTracking::url).isPresent()) {
            return "mlflow " + mlflow.get().url().get().getHost();
        }
        return path.isEmpty() ? format.key() : Path.of(path).getFileName().toString();
    }

    private SourceFormat readFormat(JsonNode node, String path) throws BundleException {
        Optional<String> given = parser.optText(node, "format", at + ".format");
        if (given.isPresent()) {
            return SourceFormat.fromKey(given.get()).orElseThrow(() -> parser.error(at + ".format",
                    "unknown format \"" + given.get() + "\"; formats are " + SourceFormat.knownKeys()));
        }
        return SourceFormat.fromFileName(path).orElseThrow(() -> parser.error(at + ".format",
                "cannot tell the format of \"" + path + "\" from its name; add format: csv, parquet, jsonl or json"));
    }

    private void checkPathText(String path) throws BundleException {
        checkPath(parser, at + ".path", path);
    }

    /** A path must be relative and stay inside the bundle. */
    static void checkPath(ManifestParser parser, String keyPath, String path) throws BundleException {
        String p = path.replace('\\', '/');
        if (p.startsWith("/") || p.matches("^[A-Za-z]:.*") || p.startsWith("~")) {
            throw parser.error(keyPath, "\"" + path + "\" is absolute; paths are relative to the bundle folder");
        }
        for (String segment : p.split("/")) {
            if (segment.equals("..")) {
                throw parser.error(keyPath, "\"" + path + "\" leaves the bundle (..); keep files inside the bundle folder");
            }
        }
    }

    private void warnUnknownKeys(JsonNode node, Role role) {
        Set<String> known = new TreeSet<>(ManifestParser.sourceKeys());
        known.addAll(LiveSourceReader.keys());
        ColumnKey.of(role).forEach(k -> known.add(k.key()));
        List<String> unknown = new ArrayList<>();
        node.fieldNames().forEachRemaining(k -> {
            if (!known.contains(k)) {
                unknown.add(k);
            }
        });
        for (String k : unknown) {
            parser.warn(at + "." + k + ": unknown key for a " + role.key() + " source, ignored (known: "
                    + String.join(", ", known) + ")");
        }
    }

    int index() {
        return index;
    }
}
