package dev.mlwb.analysis.bundle;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The format of a source; DuckDB reads the tabular ones, Jackson the JSON documents. The last three
 * are never implied by a file name: {@code prometheus} (saved {@code query_range} responses, or a
 * live server), {@code otlp} (an OpenTelemetry logs export in OTLP JSON) and {@code mlflow} (an
 * MLflow tracking folder, or a tracking server).
 */
public enum SourceFormat {
    CSV("csv"),
    PARQUET("parquet"),
    JSONL("jsonl"),
    JSON("json"),
    PROMETHEUS("prometheus"),
    OTLP("otlp"),
    MLFLOW("mlflow");

    private static final String[] COMPRESSION = {".gz", ".zst", ".bz2"};

    private final String key;

    SourceFormat(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** Whether DuckDB's file readers read this format as it is (CSV, Parquet, JSON, JSON lines). */
    public boolean plainFile() {
        return this == CSV || this == PARQUET || this == JSONL || this == JSON;
    }

    public static Optional<SourceFormat> fromKey(String key) {
        String k = key.trim().toLowerCase(Locale.ROOT);
        if (k.equals("ndjson")) {
            return Optional.of(JSONL);
        }
        return Arrays.stream(values()).filter(f -> f.key.equals(k)).findFirst();
    }

    /**
     * The format implied by a file name: {@code .csv}, {@code .tsv}, {@code .parquet}, {@code .pq},
     * {@code .jsonl}, {@code .ndjson}, {@code .json}, each optionally followed by {@code .gz} or
     * {@code .zst}.
     */
    public static Optional<SourceFormat> fromFileName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (String c : COMPRESSION) {
            if (n.endsWith(c)) {
                n = n.substring(0, n.length() - c.length());
                break;
            }
        }
        if (n.endsWith(".csv") || n.endsWith(".tsv") || n.endsWith(".txt")) {
            return Optional.of(CSV);
        }
        if (n.endsWith(".parquet") || n.endsWith(".pq")) {
            return Optional.of(PARQUET);
        }
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
            return Optional.of(JSONL);
        }
        if (n.endsWith(".json")) {
            return Optional.of(JSON);
        }
        return Optional.empty();
    }

    public static String knownKeys() {
        return Arrays.stream(values()).map(SourceFormat::key).collect(Collectors.joining(", "));
    }
}
