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
 * The SQL behind the drift statistics (with {@link NumericPass}): every query reduces a side to
 * aggregates (size, range, quantiles, per-category counts), overall or per time window of the
 * current side. Windows are keyed by their start in epoch microseconds.
 */
final class Distributions {
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

    /** A reference side's size, range and quantiles. */
    record Reference(Summary summary, double[] quantiles) {
    }

    /** Size, range and quantiles (numpy-linear, {@code quantile_cont}) of a numeric side, in one pass. */
    static Reference reference(Database db, Side s, double[] levels) throws SQLException {
        StringBuilder list = new StringBuilder("[");
        Object[] params = new Object[levels.length];
        for (int i = 0; i < levels.length; i++) {
            list.append(i == 0 ? "" : ", ").append("CAST(? AS DOUBLE)");
            params[i] = levels[i];
        }
        Row r = db.first("SELECT count(*) AS n, count(v) AS nn, min(v) AS lo, max(v) AS hi, quantile_cont(v, " + list
                + "]) AS q FROM " + s.relation(), params).orElseThrow();
        return new Reference(new Summary(r.lng("n"), r.lng("nn"), r.dbl("lo"), r.dbl("hi")),
                r.isNull("q") ? new double[0] : r.doubles("q"));
    }

    /** The window key expression: the window's start in epoch microseconds (parameter: its length in seconds). */
    static String windowKey() {
        return Sql.epochMicros("time_bucket(to_seconds(CAST(? AS BIGINT)), t)");
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
