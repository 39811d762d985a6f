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
 * per window of the current side, and the Kolmogorov–Smirnov statistic overall and per window
 * ({@link ExactKs}: exact, from counts per value bucket and a sort of the few buckets that can hold
 * the largest gap). Both sides are read once into one materialised relation.
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

    /**
     * @param buckets the value buckets of the KS computation (from the reference's range and deciles)
     */
    static Result run(Database db, Side ref, Side cur, double[] edges, Duration window, ValueBuckets buckets)
            throws SQLException {
        Collected c = collect(db.query(sql(ref, cur, edges, window, buckets), params(edges, window, buckets)),
                edges.length + 1);
        if (c.unorderedBuckets() > 0) {
            // rounding broke the buckets' order: sort every value instead (same statistic, slower)
            c = collect(db.query(sql(ref, cur, edges, window, ValueBuckets.single()),
                    params(edges, window, ValueBuckets.single())), edges.length + 1);
        }
        return c.result();
    }

    private static String sql(Side ref, Side cur, double[] edges, Duration window, ValueBuckets buckets) {
        String w = window == null ? "CAST(NULL AS BIGINT)"
                : Sql.epochMicros("time_bucket(to_seconds(CAST(? AS BIGINT)), t)");
        // x is read three times (every row, the KS candidates' rows, the windows' candidates): recomputing
        // it costs about what materialising it does, and no memory
        return "WITH x AS NOT MATERIALIZED (SELECT s, w, v, " + buckets.expression() + " AS k FROM (SELECT 0 AS s, "
                + "CAST(NULL AS BIGINT) AS w, v FROM " + ref.relation() + " WHERE v IS NOT NULL UNION ALL SELECT 1, " + w
                + ", v FROM " + cur.relation() + ")), "
                + "kw AS MATERIALIZED (SELECT s, w, k, CASE WHEN v IS NULL THEN -1 ELSE " + bin(edges.length)
                + " END AS b, count(*) AS c, min(v) AS lo, max(v) AS hi FROM x GROUP BY ALL)"
                + ExactKs.ctes() + " "
                + ExactKs.selects()
                + " UNION ALL SELECT 'cs', NULL, NULL, sum(c), min(lo), max(hi) FROM kw WHERE s = 1 "
                + "UNION ALL SELECT 'cn', NULL, NULL, sum(c) FILTER (WHERE b >= 0), NULL, NULL FROM kw WHERE s = 1 "
                + "UNION ALL SELECT 'rb', NULL, b, sum(c), NULL, NULL FROM kw WHERE s = 0 GROUP BY b "
                + "UNION ALL SELECT 'cb', NULL, b, sum(c), NULL, NULL FROM kw WHERE s = 1 GROUP BY b "
                + "UNION ALL SELECT 'wb', w, b, sum(c), NULL, NULL FROM kw WHERE s = 1 AND w IS NOT NULL GROUP BY w, b";
    }

    private static Object[] params(double[] edges, Duration window, ValueBuckets buckets) {
        List<Object> params = new ArrayList<>(buckets.params());
        if (window != null) {
            params.add(window.toSeconds());
        }
        for (double e : edges) {
            params.add(e);
        }
        return params.toArray();
    }

    /** A statement's result, and whether its value buckets were out of order. */
    private record Collected(Result result, long unorderedBuckets) {
    }

    private static Collected collect(List<Row> rows, int bins) {
        long[] refBins = new long[bins];
        long[] curBins = new long[bins];
        Map<Long, long[]> windows = new LinkedHashMap<>();
        Map<Long, Double> windowKs = new LinkedHashMap<>();
        double ks = Double.NaN;
        long n = 0;
        long nonNull = 0;
        double lo = Double.NaN;
        double hi = Double.NaN;
        long unordered = 0;
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
                case "unordered" -> unordered = r.lng("k");
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
        return new Collected(new Result(new Distributions.Summary(n, nonNull, lo, hi), refBins, curBins, ks,
                new LinkedHashMap<>(sorted), windowKs), unordered);
    }

    private static String bin(int edges) {
        StringBuilder b = new StringBuilder("CASE");
        for (int i = 0; i < edges; i++) {
            b.append(" WHEN v <= CAST(? AS DOUBLE) THEN ").append(i);
        }
        return b.append(" ELSE ").append(edges).append(" END").toString();
    }
}
