package dev.mlwb.benchmarks.scan;

import dev.mlwb.analysis.data.Database;
import dev.mlwb.analysis.data.Sql;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes, with DuckDB, a bundle of two features datasets (training and serving) of {@code rows} rows
 * on the same entities and times, spread evenly over 14 days, with {@code features} features: four fifths numeric
 * of several shapes (normal, heavy-tailed log-normal and Pareto, integer-valued with many ties, a few
 * with nulls), one fifth categorical (3 to 50 categories, and one with 10,000 categories of Zipf-like
 * popularity). Serving drifts in a few features: a shifted normal, a rescaled heavy-tailed one, a
 * shift confined to the last two days, 5 % of rows in categories training never saw, a value imputed
 * on 12 % of rows, and a feature computed 5 % larger on 10 % of rows (skew). Values come from hashes
 * of the row number: the same arguments write the same files.
 */
public final class WideData {
    /** The rows spread evenly over 14 days. */
    private static final long SPAN_SECONDS = 14L * 86400;

    private WideData() {
    }

    /** The kind of a generated feature, by its index. */
    enum Shape { NORMAL, LOGNORMAL, PARETO, INTEGER, NULLABLE_NORMAL, CATEGORY, BIG_CATEGORY }

    static Shape shape(int f, int features) {
        int numeric = features * 4 / 5;
        if (f >= numeric) {
            return f == features - 1 ? Shape.BIG_CATEGORY : Shape.CATEGORY;
        }
        return switch (f % 8) {
            case 0, 1, 2 -> Shape.NORMAL;
            case 3 -> Shape.LOGNORMAL;
            case 4 -> Shape.PARETO;
            case 5, 6 -> Shape.INTEGER;
            default -> Shape.NULLABLE_NORMAL;
        };
    }

    static String name(int f, int features) {
        Shape s = shape(f, features);
        return String.format(Locale.ROOT, s == Shape.CATEGORY || s == Shape.BIG_CATEGORY ? "c%03d %s" : "f%03d %s", f,
                s.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /** A uniform number in (0, 1) from row {@code i} and stream {@code k}. */
    private static String u(long k) {
        return "((hash(i * 7919 + " + k + ") % 999983) + 1) / 999984.0";
    }

    private static String normal(long k) {
        return "(sqrt(-2 * ln(" + u(k) + ")) * cos(2 * pi() * " + u(k + 100_003) + "))";
    }

    private static String value(int f, int features, boolean serving, long rows) {
        Shape s = shape(f, features);
        long k = 17L * f + 1;
        String v = switch (s) {
            case NORMAL -> normal(k) + " * " + (1 + f % 3) + " + " + (f % 5);
            case LOGNORMAL -> "exp(2 + 1.2 * " + normal(k) + ")";
            case PARETO -> "pow(" + u(k) + ", -1 / 1.8) - 1";
            case INTEGER -> "floor(-ln(" + u(k) + ") * " + (2 + f % 7) + ")";
            case NULLABLE_NORMAL -> "CASE WHEN " + u(k + 7) + " < 0.05 THEN NULL ELSE " + normal(k) + " END";
            case CATEGORY -> "'cat ' || CAST(hash(i * 31 + " + k + ") % " + (3 + f % 48) + " AS VARCHAR)";
            case BIG_CATEGORY -> "'item-' || CAST(floor(pow(" + u(k) + ", 2.5) * 10000) AS BIGINT)";
        };
        if (!serving) {
            return v;
        }
        String day = "(i * 14.0 / " + rows + ")";
        if (s == Shape.CATEGORY || s == Shape.BIG_CATEGORY) {
            return f == features * 4 / 5
                    ? "CASE WHEN " + u(7_777) + " < 0.05 THEN 'new ' || CAST(hash(i) % 4 AS VARCHAR) ELSE " + v + " END"
                    : v;
        }
        return switch (f) {
            case 0 -> "(" + v + ") + 0.5";
            case 3 -> "(" + v + ") * 1.4";
            case 8 -> "CASE WHEN " + day + " >= 12 THEN (" + v + ") + 1.5 ELSE " + v + " END";
            case 9 -> "CASE WHEN " + u(9_999) + " < 0.12 THEN 4.5 ELSE " + v + " END";
            case 10 -> "CASE WHEN " + u(8_888) + " < 0.10 THEN (" + v + ") * 1.05 ELSE " + v + " END";
            default -> v;
        };
    }

    private static String select(long rows, int features, boolean serving) {
        List<String> cols = new ArrayList<>(List.of("'u-' || CAST(i AS VARCHAR) AS \"entity id\"",
                "TIMESTAMP '2026-03-01' + to_seconds(CAST(i * " + SPAN_SECONDS + " // " + rows + " AS BIGINT)) AS \"event time\""));
        for (int f = 0; f < features; f++) {
            Shape s = shape(f, features);
            String cast = s == Shape.CATEGORY || s == Shape.BIG_CATEGORY ? "" : "CAST(";
            String end = cast.isEmpty() ? "" : " AS DOUBLE)";
            cols.add(cast + value(f, features, serving, rows) + end + " AS " + Sql.ident(name(f, features)));
        }
        return "SELECT " + String.join(", ", cols) + " FROM range(" + rows + ") t(i)";
    }

    /** Writes the bundle (Parquet or CSV) into {@code dir}. */
    public static void write(Path dir, long rows, int features, String format) throws IOException, SQLException {
        Files.createDirectories(dir);
        String ext = format.equals("csv") ? "csv" : "parquet";
        try (Database db = Database.inMemory()) {
            db.execute("SET preserve_insertion_order = false");
            for (String side : List.of("training", "serving")) {
                db.execute("COPY (" + select(rows, features, side.equals("serving")) + ") TO "
                        + Sql.string(dir.resolve(side + "." + ext).toString())
                        + (ext.equals("csv") ? " (FORMAT csv, HEADER)" : " (FORMAT parquet)"));
            }
        }
        Files.writeString(dir.resolve("incident.yaml"), String.format(Locale.ROOT, """
                format: mlwb-incident/1
                title: %,d rows × %d features (%s)
                sources:
                  - {role: features, dataset: training, path: training.%s, entity: entity id, timestamp: event time}
                  - {role: features, dataset: serving, path: serving.%s, entity: entity id, timestamp: event time}
                """, rows, features, ext, ext, ext));
    }

    /** {@code WideData DIR ROWS FEATURES parquet|csv}. */
    public static void main(String[] args) throws Exception {
        long t = System.nanoTime();
        write(Path.of(args[0]), Long.parseLong(args[1]), Integer.parseInt(args[2]), args.length > 3 ? args[3] : "parquet");
        System.out.printf(Locale.ROOT, "wrote %s in %.1f s%n", args[0], (System.nanoTime() - t) / 1e9);
    }
}
