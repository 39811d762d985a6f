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
 * One statement that reduces a numeric subject to everything {@link NumericDrift} needs beyond the
 * reference's deciles: the current side's size and range, counts per PSI bin for both sides and
 * per window of the current side, and the Kolmogorov–Smirnov statistic overall and per window.
 * Both sides are grouped by value once ({@code MATERIALIZED}); the statistics come from one sort
 * over the distinct values. Between two consecutive current values a window's CDF is constant, so
 * the largest gap is at a current value or just before the next one; overall, both CDFs are
 * compared at every distinct value of either side, as {@code scipy.stats.ks_2samp} does.
 */
final class NumericPass {
    /**
     * @param current rows, rows with a value, min and max of the current side
     * @param referenceBins reference rows per bin
     * @param currentBins current rows per bin
     * @param ks the KS statistic overall
     * @param windows per window start (epoch µs): rows, nulls, then rows per bin
     * @param windowKs per window start: the KS statistic of the window against the reference
     */
    record Result(Distributions.Summary current, long[] referenceBins, long[] currentBins, double ks,
                  Map<Long, long[]> windows, Map<Long, Double> windowKs) {
    }

    private NumericPass() {
    }

    static Result run(Database db, Side ref, Side cur, double[] edges, Duration window) throws SQLException {
        String bin = bin(edges.length);
        String w = window == null ? "CAST(NULL AS BIGINT)"
                : Sql.epochMicros("time_bucket(to_seconds(CAST(? AS BIGINT)), t)");
        String sql = "WITH r AS MATERIALIZED (SELECT v, count(*) AS c FROM " + ref.relation() + " WHERE v IS NOT NULL "
                + "GROUP BY v), cw AS MATERIALIZED (SELECT " + w + " AS w, v, count(*) AS c FROM " + cur.relation()
                + " GROUP BY ALL), "
                + "n AS (SELECT CAST(sum(c) AS DOUBLE) AS n FROM r), "
                + "m AS (SELECT CAST(sum(c) AS DOUBLE) AS m FROM cw WHERE v IS NOT NULL), "
                + "u AS (SELECT 0 AS s, CAST(NULL AS BIGINT) AS w, v, c AS rc, 0 AS cc FROM r UNION ALL "
                + "SELECT 1, w, v, 0, c FROM cw WHERE v IS NOT NULL), "
                + "f AS (SELECT s, w, v, cc, "
                + "sum(rc) OVER (ORDER BY v RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS ref_le, "
                + "coalesce(sum(rc) OVER (ORDER BY v RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW EXCLUDE GROUP), 0) "
                + "AS ref_lt, sum(cc) OVER (ORDER BY v RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS cur_le FROM u), "
                + "g AS (SELECT w, cc, ref_le, ref_lt, sum(cc) OVER (PARTITION BY w ORDER BY v ROWS UNBOUNDED PRECEDING) "
                + "AS wle, sum(cc) OVER (PARTITION BY w) AS wm FROM f WHERE s = 1 AND w IS NOT NULL) "
                + "SELECT 'ks' AS kind, CAST(NULL AS BIGINT) AS w, CAST(NULL AS INTEGER) AS b, CAST(NULL AS BIGINT) AS k, "
                + "max(abs(ref_le / n.n - cur_le / m.m)) AS x, CAST(NULL AS DOUBLE) AS y FROM f, n, m "
                + "UNION ALL SELECT 'wks', w, NULL, NULL, max(greatest(abs(ref_le / n.n - wle / wm), "
                + "abs(ref_lt / n.n - (wle - cc) / wm))), NULL FROM g, n GROUP BY w "
                + "UNION ALL SELECT 'cs', NULL, NULL, sum(c), min(v), max(v) FROM cw "
                + "UNION ALL SELECT 'cn', NULL, NULL, sum(c) FILTER (WHERE v IS NOT NULL), NULL, NULL FROM cw "
                + "UNION ALL SELECT 'rb', NULL, " + bin + ", sum(c), NULL, NULL FROM r GROUP BY 3 "
                + "UNION ALL SELECT 'cb', NULL, CASE WHEN v IS NULL THEN -1 ELSE " + bin + " END, sum(c), NULL, NULL "
                + "FROM cw GROUP BY 3 "
                + "UNION ALL SELECT 'wb', w, CASE WHEN v IS NULL THEN -1 ELSE " + bin + " END, sum(c), NULL, NULL "
                + "FROM cw WHERE w IS NOT NULL GROUP BY 2, 3";
        List<Object> params = new ArrayList<>();
        if (window != null) {
            params.add(window.toSeconds());
        }
        for (int i = 0; i < 3; i++) {
            for (double e : edges) {
                params.add(e);
            }
        }
        return collect(db.query(sql, params.toArray()), edges.length + 1);
    }

    private static Result collect(List<Row> rows, int bins) {
        long[] refBins = new long[bins];
        long[] curBins = new long[bins];
        Map<Long, long[]> windows = new LinkedHashMap<>();
        Map<Long, Double> windowKs = new LinkedHashMap<>();
        double ks = Double.NaN;
        long n = 0;
        long nonNull = 0;
        double lo = Double.NaN;
        double hi = Double.NaN;
        for (Row r : rows) {
            switch (r.str("kind", "")) {
                case "ks" -> ks = r.dbl("x");
                case "wks" -> windowKs.put(r.lng("w"), r.dbl("x"));
                case "cs" -> {
                    n = r.lng("k");
                    lo = r.dbl("x");
                    hi = r.dbl("y");
                }
                case "cn" -> nonNull = r.lng("k");
                case "rb" -> refBins[(int) r.lng("b")] += r.lng("k");
                case "cb" -> {
                    if (r.lng("b") >= 0) {
                        curBins[(int) r.lng("b")] += r.lng("k");
                    }
                }
                case "wb" -> {
                    long[] v = windows.computeIfAbsent(r.lng("w"), k -> new long[bins + 2]);
                    int b = (int) r.lng("b");
                    v[0] += r.lng("k");
                    v[b < 0 ? 1 : b + 2] += r.lng("k");
                }
                default -> throw new IllegalStateException("unexpected row kind " + r.str("kind", ""));
            }
        }
        Map<Long, long[]> sorted = new java.util.TreeMap<>(windows);
        return new Result(new Distributions.Summary(n, nonNull, lo, hi), refBins, curBins, ks,
                new LinkedHashMap<>(sorted), windowKs);
    }

    private static String bin(int edges) {
        StringBuilder b = new StringBuilder("CASE");
        for (int i = 0; i < edges; i++) {
            b.append(" WHEN v <= CAST(? AS DOUBLE) THEN ").append(i);
        }
        return b.append(" ELSE ").append(edges).append(" END").toString();
    }
}
