package dev.mlwb.analysis.checks.data;

import dev.mlwb.analysis.data.Database;
import dev.mlwb.analysis.data.Row;
import dev.mlwb.analysis.data.Sql;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL behind the drift statistics: every query reduces a side to aggregates (quantiles, bin
 * counts, per-category counts, the Kolmogorov–Smirnov statistic), overall or per time window of
 * the current side. Windows are keyed by their start in epoch microseconds; the overall result
 * uses the key 0.
 */
final class Distributions {
    static final long OVERALL = 0L;

    private Distributions() {
    }

    /** Rows, rows with a value, and the range of a side (range only for numeric sides). */
    record Summary(long rows, long nonNull, double min, double max) {
        long nulls() {
            return rows - nonNull;
        }

        double nullShare() {
            return rows > 0 ? (double) nulls() / rows : Double.NaN;
        }
    }

    static Summary summary(Database db, Side s, boolean numeric) throws SQLException {
        String range = numeric ? "min(v) AS lo, max(v) AS hi" : "NULL AS lo, NULL AS hi";
        Row r = db.first("SELECT count(*) AS n, count(v) AS nn, " + range + " FROM " + s.relation()).orElseThrow();
        return new Summary(r.lng("n"), r.lng("nn"), r.dbl("lo"), r.dbl("hi"));
    }

    /** The reference's deciles, numpy-linear ({@code quantile_cont}). */
    static double[] deciles(Database db, Side reference, double[] levels) throws SQLException {
        StringBuilder list = new StringBuilder("[");
        for (int i = 0; i < levels.length; i++) {
            list.append(i == 0 ? "" : ", ").append("CAST(? AS DOUBLE)");
        }
        Object[] params = new Object[levels.length];
        for (int i = 0; i < levels.length; i++) {
            params[i] = levels[i];
        }
        Row r = db.first("SELECT quantile_cont(v, " + list + "]) AS q FROM " + reference.relation()
                + " WHERE v IS NOT NULL", params).orElseThrow();
        return r.doubles("q");
    }

    /** The bin of {@code v} for these upper edges: the first edge ≥ v, else the last bin. */
    private static String binExpression(int edges) {
        StringBuilder b = new StringBuilder("CASE");
        for (int i = 0; i < edges; i++) {
            b.append(" WHEN v <= CAST(? AS DOUBLE) THEN ").append(i);
        }
        return b.append(" ELSE ").append(edges).append(" END").toString();
    }

    private static List<Object> edgeParams(double[] edges) {
        List<Object> params = new ArrayList<>();
        for (double e : edges) {
            params.add(e);
        }
        return params;
    }

    /** Counts per bin of the reference ({@code [0]}) and the current side ({@code [1]}), nulls left out. */
    static long[][] binCounts(Database db, Side ref, Side cur, double[] edges) throws SQLException {
        String bin = binExpression(edges.length);
        List<Object> params = new ArrayList<>(edgeParams(edges));
        params.addAll(edgeParams(edges));
        long[][] counts = new long[2][edges.length + 1];
        for (Row r : db.query("SELECT s, b, count(*) AS n FROM (SELECT 0 AS s, " + bin + " AS b FROM " + ref.relation()
                + " WHERE v IS NOT NULL UNION ALL SELECT 1 AS s, " + bin + " AS b FROM " + cur.relation()
                + " WHERE v IS NOT NULL) GROUP BY ALL", params.toArray())) {
            counts[(int) r.lng("s")][(int) r.lng("b")] = r.lng("n");
        }
        return counts;
    }

    /** The window key expression: the window's start in epoch microseconds. */
    private static String windowKey() {
        return Sql.epochMicros("time_bucket(to_seconds(CAST(? AS BIGINT)), t)");
    }

    /** Per window of the current side: rows ({@code [0]}), nulls ({@code [1]}), then counts per bin. */
    static Map<Long, long[]> windowBinCounts(Database db, Side cur, double[] edges, Duration window)
            throws SQLException {
        List<Object> params = new ArrayList<>();
        params.add(window.toSeconds());
        params.addAll(edgeParams(edges));
        Map<Long, long[]> out = new LinkedHashMap<>();
        for (Row r : db.query("SELECT w, b, count(*) AS n FROM (SELECT " + windowKey() + " AS w, CASE WHEN v IS NULL "
                + "THEN -1 ELSE " + binExpression(edges.length) + " END AS b FROM " + cur.relation()
                + " WHERE t IS NOT NULL) GROUP BY ALL ORDER BY w", params.toArray())) {
            long[] v = out.computeIfAbsent(r.lng("w"), k -> new long[edges.length + 3]);
            int b = (int) r.lng("b");
            v[0] += r.lng("n");
            v[b < 0 ? 1 : b + 2] += r.lng("n");
        }
        return out;
    }

    /**
     * The two-sample Kolmogorov–Smirnov statistic of the reference against the current side, overall
     * (window {@code null}) or per window of the current side, computed in one sorted pass over the
     * distinct values: between two consecutive current values the current CDF is constant, so the
     * largest gap is at a current value or just before the next one.
     *
     * @return window key → (statistic, current rows with a value)
     */
    static Map<Long, double[]> ksStatistics(Database db, Side ref, Side cur, Duration window) throws SQLException {
        String w = window == null ? "CAST(0 AS BIGINT)" : windowKey();
        String timeFilter = window == null ? "" : " AND t IS NOT NULL";
        String sql = "WITH r AS (SELECT v, count(*) AS c FROM " + ref.relation() + " WHERE v IS NOT NULL GROUP BY v), "
                + "n AS (SELECT CAST(sum(c) AS DOUBLE) AS n FROM r), "
                + "c AS (SELECT " + w + " AS w, v, count(*) AS c FROM " + cur.relation() + " WHERE v IS NOT NULL"
                + timeFilter + " GROUP BY ALL), "
                + "u AS (SELECT CAST(NULL AS BIGINT) AS w, v, c AS rc, 0 AS cc FROM r UNION ALL "
                + "SELECT w, v, 0 AS rc, c AS cc FROM c), "
                + "f AS (SELECT w, v, cc, "
                + "coalesce(sum(rc) OVER (ORDER BY v RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW), 0) AS ref_le, "
                + "coalesce(sum(rc) OVER (ORDER BY v RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW "
                + "EXCLUDE GROUP), 0) AS ref_lt FROM u), "
                + "g AS (SELECT w, cc, ref_le, ref_lt, "
                + "sum(cc) OVER (PARTITION BY w ORDER BY v ROWS UNBOUNDED PRECEDING) AS cur_le, "
                + "sum(cc) OVER (PARTITION BY w) AS m FROM f WHERE w IS NOT NULL) "
                + "SELECT w, max(greatest(abs(ref_le / n.n - cur_le / m), abs(ref_lt / n.n - (cur_le - cc) / m))) AS d, "
                + "max(m) AS m FROM g, n GROUP BY w ORDER BY w";
        Map<Long, double[]> out = new LinkedHashMap<>();
        for (Row r : db.query(sql, window == null ? new Object[0] : new Object[] {window.toSeconds()})) {
            out.put(r.lng("w"), new double[] {r.dbl("d"), r.dbl("m")});
        }
        return out;
    }

    /** A category's rows in the reference and the current side. */
    record CategoryRows(String value, long reference, long current) {
    }

    /** Distinct values of each side, and the most frequent categories of both sides together. */
    record Categories(long distinctReference, long distinctCurrent, List<CategoryRows> top) {
    }

    static Categories categories(Database db, Side ref, Side cur, int limit) throws SQLException {
        String union = "(SELECT 0 AS s, v FROM " + ref.relation() + " WHERE v IS NOT NULL UNION ALL SELECT 1 AS s, v FROM "
                + cur.relation() + " WHERE v IS NOT NULL)";
        Row d = db.first("SELECT count(DISTINCT v) FILTER (WHERE s = 0) AS dr, count(DISTINCT v) FILTER (WHERE s = 1) "
                + "AS dc FROM " + union).orElseThrow();
        List<CategoryRows> top = new ArrayList<>();
        for (Row r : db.query("SELECT v, count(*) FILTER (WHERE s = 0) AS rc, count(*) FILTER (WHERE s = 1) AS cc FROM "
                + union + " GROUP BY v ORDER BY count(*) DESC, v LIMIT ?", limit)) {
            top.add(new CategoryRows(r.str("v", ""), r.lng("rc"), r.lng("cc")));
        }
        return new Categories(d.lng("dr"), d.lng("dc"), top);
    }

    /**
     * Per window of the current side: rows ({@code [0]}), nulls ({@code [1]}), then rows per
     * category of {@code categories} in order, and last the rows of every other category.
     */
    static Map<Long, long[]> windowCategoryCounts(Database db, Side cur, List<String> categories, Duration window)
            throws SQLException {
        Map<String, Integer> index = new LinkedHashMap<>();
        categories.forEach(c -> index.put(c, index.size()));
        int other = categories.size();
        Map<Long, long[]> out = new LinkedHashMap<>();
        String sql = "SELECT w, v IS NULL AS missing, k.c AS c, count(*) AS n FROM (SELECT " + windowKey() + " AS w, v FROM "
                + cur.relation() + " WHERE t IS NOT NULL) x LEFT JOIN (SELECT unnest(from_json(?, '[\"VARCHAR\"]')) AS c) k "
                + "ON x.v = k.c GROUP BY ALL ORDER BY w";
        for (Row r : db.query(sql, window.toSeconds(), Json.stringArray(categories))) {
            long[] v = out.computeIfAbsent(r.lng("w"), k -> new long[other + 3]);
            long n = r.lng("n");
            v[0] += n;
            if (Boolean.TRUE.equals(r.get("missing"))) {
                v[1] += n;
            } else {
                v[2 + r.text("c").map(index::get).orElse(other)] += n;
            }
        }
        return out;
    }
}
