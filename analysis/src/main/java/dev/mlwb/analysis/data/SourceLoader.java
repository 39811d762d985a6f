package dev.mlwb.analysis.data;

import dev.mlwb.analysis.bundle.Bundle;
import dev.mlwb.analysis.bundle.BundleException;
import dev.mlwb.analysis.bundle.ColumnKey;
import dev.mlwb.analysis.bundle.Role;
import dev.mlwb.analysis.bundle.SourceFormat;
import dev.mlwb.analysis.bundle.SourceSpec;
import dev.mlwb.analysis.bundle.ValueKind;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Registers one tabular source: the user's file(s) read by DuckDB's own reader, one validating
 * scan that reports the first value that cannot be converted (with its row), and the normalised
 * relation with canonical columns. Parquet stays a view over the file; text formats (CSV, JSON)
 * are parsed and normalised once into a DuckDB table. A view converts on every query, so its
 * conversions avoid time-zone rules where they can ({@link Normalise}).
 */
final class SourceLoader {
    private final Bundle bundle;
    private final Database db;
    final List<String> warnings = new ArrayList<>();

    SourceLoader(Bundle bundle, Database db) {
        this.bundle = bundle;
        this.db = db;
    }

    Table load(SourceSpec spec) throws BundleException, SQLException {
        List<Path> files = bundle.resolve(spec);
        List<String> shownFiles = files.stream().map(bundle::relative).toList();
        String shown = bundle.shown(spec, files);
        String raw = "raw_" + spec.index();
        Map<String, String> columns;
        try {
            db.execute("CREATE OR REPLACE " + relationKind(spec) + " " + raw + " AS SELECT * FROM " + reader(spec, files));
            columns = db.describe(raw);
        } catch (SQLException e) {
            throw unreadable(spec, files, shown, e);
        }
        if (spec.format() == SourceFormat.CSV && CsvDiagnosis.looksUnsplit(columns)) {
            for (Path f : files) {
                Optional<SQLException> e = CsvDiagnosis.diagnose(db, f);
                if (e.isPresent()) {
                    throw unreadable(spec, List.of(f), bundle.relative(f), e.get());
                }
            }
        }
        if (columns.isEmpty()) {
            throw new BundleException(shown, "", "has no columns");
        }
        ColumnMapping mapping = ColumnMapping.resolve(spec, columns, bundle.manifest().file(), shown,
                mappedByOthers(spec, columns.keySet()));
        warnings.addAll(mapping.warnings);
        List<Check> checks = new ArrayList<>();
        String select = selectList(spec, columns, mapping, checks, shown);
        String view = "src_" + spec.index();
        long rows = validate(spec, raw, checks, shown);
        if (spec.format() == SourceFormat.PARQUET) {
            db.execute("CREATE OR REPLACE VIEW " + view + " AS SELECT " + select + " FROM " + raw);
        } else {
            // text sources: normalise once (timestamps, labels), so no query pays for it again
            db.execute("CREATE OR REPLACE TABLE " + view + " AS SELECT " + select + " FROM " + raw);
            db.execute("DROP TABLE " + raw);
        }
        Set<String> keys = mapping.keys.keySet().stream().map(ColumnKey::key).collect(Collectors.toCollection(LinkedHashSet::new));
        Map<String, String> fts = mapping.featureTimestamps.keySet().stream()
                .collect(Collectors.toMap(f -> f, Table::featureTimestampColumn));
        String name = spec.role() == Role.FEATURES || spec.role() == Role.PREDICTIONS
                ? spec.dataset().orElse(spec.name()) : spec.name();
        return new Table(spec.role(), name, spec.dataset(), view, List.of(spec), shownFiles, keys, mapping.slices,
                mapping.features, fts, mapping.metrics.keySet(), rows);
    }

    /**
     * The columns that the manifest's other sources of the same path map to their keys (explicitly, or a key's
     * same-named column), their slices, metrics and feature timestamps.
     */
    private Set<String> mappedByOthers(SourceSpec spec, Set<String> columns) {
        Set<String> out = new LinkedHashSet<>();
        for (SourceSpec other : bundle.manifest().sources()) {
            if (other.index() == spec.index() || !other.path().equals(spec.path())) {
                continue;
            }
            for (ColumnKey key : ColumnKey.of(other.role())) {
                other.column(key.key()).or(() -> columns.contains(key.key()) ? Optional.of(key.key()) : Optional.empty())
                        .ifPresent(out::add);
            }
            out.addAll(other.slices());
            out.addAll(other.metrics().values());
            out.addAll(other.featureTimestamps().values());
        }
        out.removeAll(spec.features().orElse(List.of()));
        return out;
    }

    /** A reader error, with the offending line when DuckDB's CSV sniffer could not name it. */
    private BundleException unreadable(SourceSpec spec, List<Path> files, String shown, SQLException e) {
        SQLException cause = e;
        String file = shown;
        if (spec.format() == SourceFormat.CSV && DuckErrors.location(e).isEmpty()) {
            for (Path f : files) {
                Optional<SQLException> d = CsvDiagnosis.diagnose(db, f);
                if (d.isPresent()) {
                    cause = d.get();
                    file = bundle.relative(f);
                    break;
                }
            }
        }
        return new BundleException(file, DuckErrors.location(cause).orElse(""), "cannot be read as "
                + spec.format().key() + ": " + DuckErrors.problem(cause), cause);
    }

    /**
     * A conversion to verify: the user's column, what it must hold, and its normalised expression.
     *
     * @param finite whether infinite and NaN values are errors too (counts and metrics: a sum over them is
     *     meaningless, and a missing value is an empty cell)
     */
    private record Check(String column, String key, ValueKind kind, String expression, boolean finite) {
        Check(String column, String key, ValueKind kind, String expression) {
            this(column, key, kind, expression, false);
        }

        String invalid() {
            String base = Normalise.invalid(kind, column, expression);
            return finite ? "(" + base + ") OR NOT isfinite(" + expression + ")" : base;
        }

        String expected() {
            return finite ? "a finite number (write a missing value as an empty cell)" : Normalise.expected(kind);
        }
    }

    private String selectList(SourceSpec spec, Map<String, String> columns, ColumnMapping m, List<Check> checks,
                              String shown) throws BundleException {
        List<String> items = new ArrayList<>();
        for (Map.Entry<ColumnKey, String> e : m.keys.entrySet()) {
            ColumnKey key = e.getKey();
            String expr = normalised(spec, key.kind(), e.getValue(), columns, key.key(), shown);
            items.add(expr + " AS " + Sql.ident(key.canonical()));
            checks.add(new Check(e.getValue(), key.key(), key.kind(), expr));
        }
        for (Map.Entry<String, String> e : m.featureTimestamps.entrySet()) {
            String expr = normalised(spec, ValueKind.TIMESTAMP, e.getValue(), columns,
                    "feature_timestamps." + e.getKey(), shown);
            items.add(expr + " AS " + Sql.ident(Table.featureTimestampColumn(e.getKey())));
            checks.add(new Check(e.getValue(), "feature_timestamps." + e.getKey(), ValueKind.TIMESTAMP, expr));
        }
        for (Map.Entry<String, String> e : m.metrics.entrySet()) {
            String expr = normalised(spec, ValueKind.NUMBER, e.getValue(), columns, "metrics." + e.getKey(), shown);
            items.add(expr + " AS " + Sql.ident(Table.metricColumn(e.getKey())));
            checks.add(new Check(e.getValue(), "metrics." + e.getKey(), ValueKind.NUMBER, expr, true));
        }
        Set<String> userColumns = new LinkedHashSet<>(m.slices);
        m.features.forEach(f -> userColumns.add(f.name()));
        for (String c : userColumns) {
            if (c.startsWith("__")) {
                throw new BundleException(shown, "column \"" + c + "\"", "names starting with __ are reserved for the workbench's own columns");
            }
            items.add(Sql.ident(c));
        }
        if (spec.role() == Role.EVENTS) {
            items.add(attributes(columns, m) + " AS \"__attrs\"");
        }
        return String.join(", ", items);
    }

    private String normalised(SourceSpec spec, ValueKind kind, String column, Map<String, String> columns, String key,
                              String shown) throws BundleException {
        String type = columns.get(column);
        Optional<String> expr = Normalise.expression(kind, column, type,
                IncidentLoader.duckZone(bundle.manifest().timezone()).equals("UTC"));
        return expr.orElseThrow(() -> new BundleException(bundle.manifest().file(), spec.keyPath(key),
                "column \"" + column + "\" of " + shown + " holds " + type + " values, which cannot be "
                        + Normalise.expected(kind)));
    }

    /** Every column of an events file that is not a mapped key, as one JSON object. */
    private static String attributes(Map<String, String> columns, ColumnMapping m) {
        Set<String> mapped = new LinkedHashSet<>(m.keys.values());
        List<String> pairs = new ArrayList<>();
        for (String c : columns.keySet()) {
            if (!mapped.contains(c)) {
                pairs.add(Sql.string(c) + ", " + Sql.ident(c));
            }
        }
        return pairs.isEmpty() ? "CAST('{}' AS JSON)" : "json_object(" + String.join(", ", pairs) + ")";
    }

    /** One scan: row count and, per conversion, how many values failed; the first failure is reported. */
    private long validate(SourceSpec spec, String raw, List<Check> checks, String shown)
            throws BundleException, SQLException {
        StringBuilder q = new StringBuilder("SELECT count(*) AS n");
        for (int i = 0; i < checks.size(); i++) {
            Check c = checks.get(i);
            q.append(", count(*) FILTER (WHERE ").append(c.invalid())
                    .append(") AS bad").append(i);
        }
        Row counts;
        try {
            counts = db.first(q.append(" FROM ").append(raw).toString()).orElseThrow();
        } catch (SQLException e) {
            throw new BundleException(shown, DuckErrors.location(e).orElse(""), DuckErrors.problem(e), e);
        }
        for (int i = 0; i < checks.size(); i++) {
            long bad = counts.lng("bad" + i);
            if (bad > 0) {
                throw badValue(spec, raw, checks.get(i), bad, shown);
            }
        }
        return counts.lng("n");
    }

    private BundleException badValue(SourceSpec spec, String raw, Check c, long bad, String shown) throws SQLException {
        Row example = db.first("SELECT rn, v FROM (SELECT row_number() OVER () AS rn, CAST(" + Sql.ident(c.column())
                + " AS VARCHAR) AS v, " + c.invalid() + " AS bad FROM "
                + raw + ") WHERE bad ORDER BY rn LIMIT 1").orElseThrow();
        long row = example.lng("rn");
        String where = switch (spec.format()) {
            case CSV -> "row " + row + " (line " + (row + 1) + ")";
            case JSONL -> "line " + row;
            default -> "row " + row;
        };
        return new BundleException(shown, where + ", column \"" + c.column() + "\"", "\"" + example.str("v", "")
                + "\" is not " + c.expected() + " (" + spec.keyPath(c.key()) + "; " + bad
                + (bad == 1 ? " value" : " values") + " like this)");
    }

    /**
     * Text formats (CSV, JSON) are parsed once into a DuckDB table, so that the checks' many
     * queries do not sniff and parse the file again each time; Parquet is columnar already and
     * stays a view over the file.
     */
    private static String relationKind(SourceSpec spec) {
        return spec.format() == SourceFormat.PARQUET ? "VIEW" : "TABLE";
    }

    private static String reader(SourceSpec spec, List<Path> files) {
        return FileReaders.sql(spec.format(), files, spec.role() == Role.EVENTS || spec.role() == Role.EXPOSURES);
    }
}
