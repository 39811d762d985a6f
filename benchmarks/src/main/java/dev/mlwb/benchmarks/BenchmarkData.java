package dev.mlwb.benchmarks;

import dev.mlwb.analysis.data.Database;
import dev.mlwb.analysis.data.Sql;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the benchmark bundle with DuckDB: a training and a serving features dataset of {@code rows}
 * rows × 20 features (15 numeric, 5 categorical) on the same entities and times, production
 * predictions with two arms and a slice, a backtest, a vocabulary and a few imputation events.
 * Values come from hashes of the row number, so every run writes the same data.
 */
final class BenchmarkData {
    static final int NUMERIC = 15;
    static final int CATEGORICAL = 5;
    private static final int[] CATEGORIES = {5, 12, 40, 200, 8};

    private BenchmarkData() {
    }

    /** A uniform number in (0, 1) from row {@code i} and stream {@code k}. */
    private static String u(int k) {
        return "((hash(i * 1000 + " + k + ") % 999983) + 1) / 999984.0";
    }

    private static String normal(int k) {
        return "sqrt(-2 * ln(" + u(k) + ")) * cos(2 * pi() * " + u(k + 500) + ")";
    }

    /** The select list of a features dataset; the serving side shifts, skews and adds unknown categories. */
    private static String features(boolean serving) {
        List<String> cols = new ArrayList<>(List.of("'u' || i AS \"user id\"",
                "TIMESTAMP '2026-01-01' + to_seconds(i % 604800) AS \"as of\"",
                "TIMESTAMP '2026-01-01' + to_seconds(i % 604800 - 3600) AS \"n09 as of\""));
        for (int f = 1; f <= NUMERIC; f++) {
            String name = Sql.ident(String.format("n%02d", f));
            String v;
            if (f <= 8) {
                v = normal(f) + (serving && f == 1 ? " + 0.3" : "");
            } else if (f <= 12) {
                v = "exp(3 + 0.5 * " + normal(f) + ")";
            } else {
                v = "floor(" + u(f) + " * 20)";
            }
            if (serving && f == 2) {
                v = "CASE WHEN " + u(99) + " < 0.1 THEN (" + v + ") * 1.05 ELSE " + v + " END";
            }
            cols.add("CAST(" + v + " AS DOUBLE) AS " + name);
        }
        for (int c = 1; c <= CATEGORICAL; c++) {
            String v = "'cat_' || CAST(hash(i * 7 + " + c + ") % " + CATEGORIES[c - 1] + " AS VARCHAR)";
            if (serving && c == 1) {
                v = "CASE WHEN " + u(98) + " < 0.05 THEN 'new_' || CAST(hash(i) % 3 AS VARCHAR) ELSE " + v + " END";
            }
            cols.add(v + " AS " + Sql.ident(String.format("c%02d", c)));
        }
        return String.join(", ", cols);
    }

    static void write(Path dir, int rows) throws IOException, SQLException {
        Files.createDirectories(dir);
        try (Database db = Database.inMemory()) {
            copy(db, "SELECT " + features(false) + " FROM range(" + rows + ") t(i)", dir.resolve("training.parquet"));
            copy(db, "SELECT " + features(true) + " FROM range(" + rows + ") t(i)", dir.resolve("serving.parquet"));
            String score = "least(0.999, greatest(0.001, " + u(300) + "))";
            copy(db, "SELECT 'p' || i AS request, TIMESTAMP '2026-01-08' + to_seconds(i % 86400) AS ts, "
                    + "CASE WHEN i % 2 = 0 THEN 'm1' ELSE 'm2' END AS arm, 'seg_' || CAST(i % 4 AS VARCHAR) AS segment, "
                    + score + " AS score, CAST(" + u(301) + " < " + score + " AS INTEGER) AS label FROM range(" + rows
                    + ") t(i)", dir.resolve("production.parquet"));
            copy(db, "SELECT 'b' || i AS request, " + score + " AS score, CAST(" + u(301) + " < " + score
                    + " AS INTEGER) AS label FROM range(" + rows / 4 + ") t(i)", dir.resolve("backtest.parquet"));
        }
        List<String> log = new ArrayList<>();
        for (int d = 1; d <= 7; d++) {
            log.add("{\"timestamp\":\"2026-01-0" + d + "T06:00:00Z\",\"type\":\"imputation_summary\",\"feature\":\"n10\","
                    + "\"batch\":\"day-" + d + "\",\"imputed\":" + (rows / 700) + ",\"total\":" + (rows / 7) + "}");
        }
        Files.writeString(dir.resolve("log.jsonl"), String.join("\n", log) + "\n");
        Files.writeString(dir.resolve("vocab.json"), "{\"c01\": [\"cat_0\", \"cat_1\", \"cat_2\", \"cat_3\", \"cat_4\"]}\n");
        Files.writeString(dir.resolve("incident.yaml"), """
                format: mlwb-incident/1
                title: benchmark
                arms: {baseline: m1, canary: m2}
                sources:
                  - {role: features, dataset: training, path: training.parquet, entity: user id, timestamp: as of,
                     feature_timestamps: {n09: n09 as of}}
                  - {role: features, dataset: serving, path: serving.parquet, entity: user id, timestamp: as of,
                     feature_timestamps: {n09: n09 as of}}
                  - {role: predictions, dataset: production, path: production.parquet, entity: request, timestamp: ts,
                     arm: arm, score: score, label: label, slices: [segment]}
                  - {role: predictions, dataset: backtest, path: backtest.parquet, entity: request, score: score,
                     label: label}
                  - {role: vocabularies, path: vocab.json}
                  - {role: events, path: log.jsonl}
                """);
    }

    private static void copy(Database db, String select, Path file) throws SQLException {
        db.execute("COPY (" + select + ") TO " + Sql.string(file.toString()) + " (FORMAT parquet)");
    }
}
