package dev.mlwb.analysis.draft;

import dev.mlwb.analysis.bundle.BundleOpener;
import dev.mlwb.analysis.bundle.SourceFormat;
import dev.mlwb.analysis.data.Database;
import dev.mlwb.analysis.data.DuckTypes;
import dev.mlwb.analysis.data.FileReaders;
import dev.mlwb.analysis.data.PrometheusResponse;
import dev.mlwb.analysis.data.Row;
import dev.mlwb.analysis.data.Sql;
import dev.mlwb.analysis.draft.ColumnProfile.Family;
import dev.mlwb.analysis.draft.ColumnProfile.ValueCount;
import dev.mlwb.analysis.run.Cancellation;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the data files under a folder and profiles each with DuckDB: its columns and types, and
 * from a reservoir sample of its rows the shape of each column's values (ranges, distinct counts,
 * how many read as timestamps, 0/1 or log levels, the most frequent values). The JVM receives these
 * aggregates only.
 */
final class Profiler {
    static final int SAMPLE_ROWS = 20_000;
    private static final int TOP_VALUES = 50;
    private static final List<String> SKIPPED_NAMES = List.of("mlwb-notes.json");

    private final Database db;
    private final Cancellation cancel;

    Profiler(Database db, Cancellation cancel) {
        this.db = db;
        this.cancel = cancel;
    }

    /** Every CSV, Parquet and JSON file (and MLflow folder) under {@code folder}, in path order. */
    static List<Path> candidates(Path folder) throws IOException {
        List<Path> out = new ArrayList<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (!dir.equals(folder) && dir.getFileName().toString().startsWith(".")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                if (!dir.equals(folder) && DocumentSniffer.isMlflowFolder(dir)) {
                    out.add(dir);
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String name = file.getFileName().toString();
                if (attrs.isRegularFile() && !name.startsWith(".") && !SKIPPED_NAMES.contains(name)
                        && !BundleOpener.MANIFEST_NAMES.contains(name.toLowerCase(Locale.ROOT))) {
                    out.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        out.sort(null);
        return out;
    }

    FileProfile profile(Path folder, Path file) {
        String rel = folder.relativize(file).toString().replace('\\', '/');
        if (Files.isDirectory(file)) {
            return FileProfile.document(rel, SourceFormat.MLFLOW, FileProfile.DocumentKind.MLFLOW);
        }
        Optional<SourceFormat> format = SourceFormat.fromFileName(file.getFileName().toString());
        if (format.isEmpty()) {
            return FileProfile.unreadable(rel, format, "not a CSV, Parquet or JSON file");
        }
        Optional<FileProfile.DocumentKind> doc = DocumentSniffer.sniff(file, format.get());
        try {
            if (doc.isPresent() && doc.get() == FileProfile.DocumentKind.PROMETHEUS) {
                return prometheus(rel, file, format.get());
            }
            if (doc.isPresent()) {
                return FileProfile.document(rel, format.get(), doc.get());
            }
            return profileTable(rel, file, format.get());
        } catch (SQLException e) {
            cancel.throwIfCancelled();
            return FileProfile.unreadable(rel, format, "cannot be read as " + format.get().key() + ": "
                    + dev.mlwb.analysis.format.Fmt.firstLine(e, "unreadable"));
        }
    }

    private FileProfile profileTable(String rel, Path file, SourceFormat format) throws SQLException {
        String reader = FileReaders.sql(format, List.of(file), true);
        return FileProfile.table(rel, format, sample(reader), columns());
    }

    /** A saved query_range response, profiled as a table of its points with a column per label. */
    private FileProfile prometheus(String rel, Path file, SourceFormat format) throws SQLException {
        String points = PrometheusResponse.points(file);
        List<String> labels = new ArrayList<>();
        for (Row r : db.query("SELECT DISTINCT unnest(json_keys(labels)) AS k FROM " + points + " ORDER BY 1")) {
            labels.add(r.str("k", ""));
        }
        List<String> items = new ArrayList<>();
        labels.forEach(l -> items.add(PrometheusResponse.label(l) + " AS " + Sql.ident(l)));
        items.add("to_timestamp(t) AS \"timestamp\"");
        items.add("value");
        long rows = sample("(SELECT " + String.join(", ", items) + " FROM " + points + ")");
        return new FileProfile(rel, Optional.of(format), Optional.of(FileProfile.DocumentKind.PROMETHEUS), rows,
                columns(), Optional.empty());
    }

    /** Samples a relation into {@code draft_sample} and returns its row count. */
    private long sample(String relation) throws SQLException {
        db.execute("CREATE OR REPLACE TEMP TABLE draft_sample AS SELECT * FROM " + relation + " USING SAMPLE reservoir("
                + SAMPLE_ROWS + " ROWS) REPEATABLE (7)");
        return (long) db.scalar("SELECT count(*) FROM " + relation);
    }

    /** The profiles of {@code draft_sample}'s columns. */
    private List<ColumnProfile> columns() throws SQLException {
        Map<String, String> types = db.describe("draft_sample");
        List<String> names = new ArrayList<>(types.keySet());
        List<String> items = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            items.addAll(aggregates(i, names.get(i), family(types.get(names.get(i)))));
        }
        Row r = db.first("SELECT " + String.join(", ", items) + " FROM draft_sample").orElseThrow();
        List<ColumnProfile> columns = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            cancel.throwIfCancelled();
            columns.add(column(r, i, names.get(i), types.get(names.get(i))));
        }
        return columns;
    }

    static Family family(String type) {
        if (DuckTypes.isTemporal(type)) {
            return Family.TIMESTAMP;
        }
        if (DuckTypes.isNumeric(type)) {
            return Family.NUMBER;
        }
        if (DuckTypes.isBoolean(type)) {
            return Family.BOOLEAN;
        }
        String t = type.toUpperCase(Locale.ROOT);
        return t.equals("VARCHAR") || t.startsWith("ENUM") || t.equals("UUID") ? Family.TEXT : Family.OTHER;
    }

    private static List<String> aggregates(int i, String name, Family family) {
        String q = Sql.ident(name);
        String text = "CAST(" + q + " AS VARCHAR)";
        String lower = "lower(trim(" + text + "))";
        List<String> a = new ArrayList<>();
        a.add("count(" + q + ") AS nn" + i);
        a.add(family == Family.OTHER ? "0 AS d" + i : "count(DISTINCT " + q + ") AS d" + i);
        a.add(family == Family.OTHER ? "[] AS top" + i : "approx_top_k(" + text + ", 5) AS top" + i);
        switch (family) {
            case NUMBER -> {
                String d = "CAST(" + q + " AS DOUBLE)";
                a.add("min(" + d + ") FILTER (WHERE isfinite(" + d + ")) AS lo" + i);
                a.add("max(" + d + ") FILTER (WHERE isfinite(" + d + ")) AS hi" + i);
                a.add("count(*) FILTER (WHERE " + d + " <> floor(" + d + ")) AS frac" + i);
                a.add("count(*) FILTER (WHERE " + d + " IN (0, 1)) AS zo" + i);
            }
            case TIMESTAMP -> {
                a.add("min(epoch(" + q + ")) AS lo" + i);
                a.add("max(epoch(" + q + ")) AS hi" + i);
            }
            case TEXT -> {
                a.add("avg(length(" + text + ")) AS len" + i);
                a.add("count(*) FILTER (WHERE contains(trim(" + text + "), ' ')) AS sp" + i);
                a.add("count(*) FILTER (WHERE TRY_CAST(trim(" + text + ") AS TIMESTAMPTZ) IS NOT NULL) AS tsok" + i);
                a.add("count(*) FILTER (WHERE " + lower + " IN ('0', '1', '0.0', '1.0', 'true', 'false', 'yes', 'no', "
                        + "'t', 'f', 'y', 'n')) AS zo" + i);
                a.add("count(*) FILTER (WHERE regexp_full_match(trim(" + text
                        + "), '[A-Za-z][A-Za-z0-9_.:/-]{0,63}')) AS idl" + i);
                a.add("count(*) FILTER (WHERE " + lower + " IN (" + levelList() + ")) AS lvl" + i);
            }
            default -> {
            }
        }
        return a;
    }

    private ColumnProfile column(Row r, int i, String name, String type) throws SQLException {
        Family family = family(type);
        long nn = r.lng("nn" + i);
        long distinct = r.lng("d" + i);
        double lo = has(r, "lo" + i) ? r.dbl("lo" + i) : Double.NaN;
        double hi = has(r, "hi" + i) ? r.dbl("hi" + i) : Double.NaN;
        boolean integral = family == Family.NUMBER && r.lng("frac" + i) == 0;
        double zo = switch (family) {
            case BOOLEAN -> 1;
            case NUMBER, TEXT -> share(r.lng("zo" + i), nn);
            default -> 0;
        };
        boolean isText = family == Family.TEXT;
        List<ValueCount> top = distinct > 0 && distinct <= TOP_VALUES && family != Family.OTHER
                ? counts(name) : topOnly(r, i);
        return new ColumnProfile(name, type, family, nn, distinct, lo, hi, integral, zo,
                isText ? share(r.lng("tsok" + i), nn) : 0, isText ? share(r.lng("sp" + i), nn) : 0,
                isText ? share(r.lng("idl" + i), nn) : 0, isText ? share(r.lng("lvl" + i), nn) : 0,
                isText ? r.dbl("len" + i) : 0, top);
    }

    private List<ValueCount> counts(String name) throws SQLException {
        String q = Sql.ident(name);
        List<ValueCount> out = new ArrayList<>();
        for (Row v : db.query("SELECT CAST(" + q + " AS VARCHAR) AS v, count(*) AS n FROM draft_sample WHERE " + q
                + " IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT " + TOP_VALUES)) {
            out.add(new ValueCount(v.str("v", ""), v.lng("n")));
        }
        return out;
    }

    private static List<ValueCount> topOnly(Row r, int i) {
        Object top = r.get("top" + i);
        List<ValueCount> out = new ArrayList<>();
        if (top instanceof java.sql.Array array) {
            try {
                for (Object o : (Object[]) array.getArray()) {
                    if (o != null) {
                        out.add(new ValueCount(o.toString(), -1));
                    }
                }
            } catch (SQLException e) {
                return out;
            }
        } else if (top instanceof List<?> list) {
            list.stream().filter(o -> o != null).forEach(o -> out.add(new ValueCount(o.toString(), -1)));
        }
        return out;
    }

    private static boolean has(Row r, String column) {
        try {
            return !r.isNull(column);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static double share(long n, long of) {
        return of == 0 ? 0 : (double) n / of;
    }

    private static String levelList() {
        return String.join(", ", Words.LEVEL_VALUES.stream().sorted().map(Sql::string).toList());
    }
}
