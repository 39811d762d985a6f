package dev.mlwb.analysis.profile;

import dev.mlwb.analysis.data.Database;
import dev.mlwb.analysis.data.Row;
import dev.mlwb.analysis.data.Sql;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Profiles in DuckDB: each pass is one aggregate statement over the target's normalised view, every
 * column at once. The second pass groups by time window (and arm), counts numeric values with
 * {@code histogram(x, edges)} (or per value) and categories with {@code histogram(x)}; the JVM reads one
 * row per window, the counts as arrays.
 */
public final class DuckDbProfileEngine implements ProfileEngine {
    /** Reservoir size of the first pass's sample quantiles: rank error about 0.5 % at the median. */
    static final int RESERVOIR = 8192;

    private final Database db;

    public DuckDbProfileEngine(Database db) {
        this.db = db;
    }

    /**
     * Columns per statement: a wide table is counted in groups of columns, so that a Parquet scan holds the column
     * chunks of a few dozen columns at a time (a row group of 500 columns of doubles is ~500 MB per thread), not
     * hundreds; a columnar file is read once either way.
     */
    static final int COLUMNS_PER_PASS = 64;

    @Override
    public Map<Part, PartShape> shape(ProfileTarget target) throws SQLException {
        return shape(target, 0);
    }

    @Override
    public Map<Part, PartShape> head(ProfileTarget target, long rows) throws SQLException {
        return shape(target, rows);
    }

    /** The shape of every row, or of the first {@code head} rows (then without a time span). */
    private Map<Part, PartShape> shape(ProfileTarget target, long head) throws SQLException {
        Map<Part, PartShape> out = new LinkedHashMap<>();
        for (ProfileTarget t : batches(target)) {
            shapeOf(t, head).forEach((part, shape) -> out.merge(part, shape, (a, b) -> {
                Map<String, ColumnShape> columns = new HashMap<>(a.columns());
                columns.putAll(b.columns());
                return new PartShape(a.rows(), a.span().or(b::span), columns);
            }));
        }
        return out;
    }

    /** The target's columns in groups of at most {@link #COLUMNS_PER_PASS}. */
    static List<ProfileTarget> batches(ProfileTarget t) {
        List<ProfileTarget> out = new ArrayList<>();
        List<ProfiledColumn> columns = t.columns();
        for (int i = 0; i < columns.size(); i += COLUMNS_PER_PASS) {
            out.add(new ProfileTarget(t.table(), t.byArm(), columns.subList(i, Math.min(columns.size(), i + COLUMNS_PER_PASS))));
        }
        return out.isEmpty() ? List.of(t) : out;
    }

    private Map<Part, PartShape> shapeOf(ProfileTarget t, long head) throws SQLException {
        List<String> cols = new ArrayList<>(List.of(group(t) + " AS g", "count(*) AS n"));
        cols.add(t.timed() && head == 0 ? Sql.epochMicros("min(__ts)") + " AS t0, " + Sql.epochMicros("max(__ts)")
                + " AS t1" : "NULL AS t0, NULL AS t1");
        List<ProfiledColumn> columns = t.columns();
        for (int i = 0; i < columns.size(); i++) {
            ProfiledColumn c = columns.get(i);
            String e = c.expression();
            if (c.numeric()) {
                cols.add("count(" + e + ") AS nn" + i + ", min(" + e + ") AS lo" + i + ", max(" + e + ") AS hi" + i
                        + ", reservoir_quantile(" + e + ", CAST(? AS DOUBLE[]), " + RESERVOIR + ") AS q" + i);
            } else {
                cols.add("count(" + e + ") AS nn" + i + ", approx_count_distinct(" + e + ") AS d" + i);
            }
        }
        List<Object> params = new ArrayList<>();
        t.numeric().forEach(c -> params.add(FineEdges.levels()));
        Map<Part, PartShape> out = new LinkedHashMap<>();
        String from = head > 0 ? "(SELECT * FROM " + t.table().view() + " LIMIT " + head + ")" : t.table().view();
        for (Row r : db.query("SELECT " + String.join(", ", cols) + " FROM " + from + " GROUP BY ALL", params.toArray())) {
            Map<String, ColumnShape> shapes = new HashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                ProfiledColumn c = columns.get(i);
                shapes.put(c.name(), c.numeric()
                        ? new ColumnShape(r.lng("nn" + i), r.dbl("lo" + i), r.dbl("hi" + i),
                        r.isNull("q" + i) ? new double[0] : r.doubles("q" + i), -1)
                        : new ColumnShape(r.lng("nn" + i), Double.NaN, Double.NaN, new double[0], r.lng("d" + i)));
            }
            Optional<long[]> span = r.isNull("t0") ? Optional.empty() : Optional.of(new long[] {r.lng("t0"), r.lng("t1")});
            out.put(part(t, r), new PartShape(r.lng("n"), span, shapes));
        }
        return out;
    }

    @Override
    public Optional<long[]> span(ProfileTarget t) throws SQLException {
        if (!t.timed()) {
            return Optional.empty();
        }
        Row r = db.first("SELECT " + Sql.epochMicros("min(__ts)") + " AS t0, " + Sql.epochMicros("max(__ts)")
                + " AS t1 FROM " + t.table().view()).orElseThrow();
        return r.isNull("t0") ? Optional.empty() : Optional.of(new long[] {r.lng("t0"), r.lng("t1")});
    }

    @Override
    public Map<Part, PartProfile> profile(ProfileTarget target, ProfilePlan plan) throws SQLException {
        Map<Part, PartProfile> out = new LinkedHashMap<>();
        for (ProfileTarget t : batches(target)) {
            profileOf(t, plan).forEach((part, profile) -> out.merge(part, profile, (a, b) -> {
                Map<String, NumericProfile> numeric = new LinkedHashMap<>(a.numeric());
                numeric.putAll(b.numeric());
                Map<String, CategoricalProfile> categorical = new LinkedHashMap<>(a.categorical());
                categorical.putAll(b.categorical());
                return new PartProfile(part, a.rows(), a.window(), a.windowRows(), numeric, categorical);
            }));
        }
        return out;
    }

    private Map<Part, PartProfile> profileOf(ProfileTarget t, ProfilePlan plan) throws SQLException {
        List<Object> params = new ArrayList<>();
        List<String> cols = new ArrayList<>();
        List<String> read = new ArrayList<>(List.of("w", "g", "n"));
        String w = plan.window().isPresent() && t.timed()
                ? Sql.epochMicros("time_bucket(to_seconds(CAST(? AS BIGINT)), __ts)") : "CAST(NULL AS BIGINT)";
        plan.window().filter(x -> t.timed()).ifPresent(x -> params.add(x.toSeconds()));
        cols.add(w + " AS w");
        cols.add(group(t) + " AS g");
        cols.add("count(*) AS n");
        List<ProfiledColumn> columns = t.columns();
        for (int i = 0; i < columns.size(); i++) {
            ProfiledColumn c = columns.get(i);
            String e = c.expression();
            cols.add("count(" + e + ") AS nn" + i);
            read.add("nn" + i);
            if (c.numeric()) {
                // NaN is counted apart (a FILTER clause would double the statement's cost; NULLIF does not)
                String v = "nullif(" + e + ", CAST('NaN' AS DOUBLE))";
                cols.add("min(" + e + ") AS lo" + i + ", max(" + e + ") AS hi" + i + ", count(" + e + ") - count(" + v
                        + ") AS nan" + i);
                read.addAll(List.of("lo" + i, "hi" + i, "nan" + i));
                double[] edges = plan.edges().get(c.name());
                if (edges == null) {
                    cols.add("histogram(" + v + ") AS h" + i);
                    read.add("CAST(map_keys(h" + i + ") AS DOUBLE[]) AS hk" + i);
                } else {
                    cols.add("histogram(" + v + ", CAST(? AS DOUBLE[])) AS h" + i);
                    params.add(edges);
                }
                read.add("CAST(map_values(h" + i + ") AS BIGINT[]) AS hv" + i);
            } else if (plan.identifiers().contains(c.name())) {
                cols.add("approx_count_distinct(" + e + ") AS h" + i);
                read.add("h" + i + " AS hv" + i);
            } else {
                cols.add("histogram(" + e + ") AS h" + i);
                read.add("CAST(map_keys(h" + i + ") AS VARCHAR[]) AS hk" + i);
                read.add("CAST(map_values(h" + i + ") AS BIGINT[]) AS hv" + i);
            }
        }
        Map<Part, PartProfileBuilder> parts = new LinkedHashMap<>();
        for (Row r : db.query("SELECT " + String.join(", ", read) + " FROM (SELECT " + String.join(", ", cols) + " FROM "
                + t.table().view() + " GROUP BY ALL) ORDER BY w NULLS FIRST", params.toArray())) {
            parts.computeIfAbsent(part(t, r), p -> new PartProfileBuilder(p, t, plan)).add(r);
        }
        Map<Part, PartProfile> out = new LinkedHashMap<>();
        parts.values().forEach(b -> out.put(b.part(), b.build()));
        return out;
    }

    private static String group(ProfileTarget t) {
        return t.byArm() ? "CAST(__arm AS VARCHAR)" : "CAST(NULL AS VARCHAR)";
    }

    private static Part part(ProfileTarget t, Row r) {
        return new Part(t.table(), t.byArm() ? r.text("g").or(() -> Optional.of("")) : Optional.empty());
    }
}
