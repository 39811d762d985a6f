package dev.mlwb.analysis.bundle;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The file format of a source; DuckDB reads the tabular ones, Jackson the JSON documents. */
public enum SourceFormat {
    CSV("csv"),
    PARQUET("parquet"),
    JSONL("jsonl"),
    JSON("json");

    private static final String[] COMPRESSION = {".gz", ".zst", ".bz2"};

    private final String key;

    SourceFormat(String key) {
        this.key = key;
    }

    public String key() {
        return key;
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
