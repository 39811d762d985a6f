package dev.mlwb.analysis.checks.model;

import dev.mlwb.analysis.data.Database;
import dev.mlwb.analysis.data.Row;
import dev.mlwb.analysis.data.Table;
import dev.mlwb.analysis.stats.ConfusionCounts;
import dev.mlwb.analysis.stats.RocAuc;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The labelled rows of a predictions table, grouped by a key (an arm, a slice, a dataset): a
 * relation with {@code k} (the key as text), {@code s} (score) and {@code y} (0/1 label), and the
 * aggregates the model checks need from it, computed in SQL.
 *
 * @param relation the parenthesised subquery
 */
record LabelledScores(String relation) {

    /**
     * @param key a SQL expression over the table's view giving the group, e.g. {@code CAST(__arm AS VARCHAR)}
     * @param filter a SQL condition restricting rows, or empty
     */
    static LabelledScores of(Table t, String key, String filter) {
        return new LabelledScores("(SELECT " + key + " AS k, __score AS s, __label AS y FROM " + t.view()
                + " WHERE __label IS NOT NULL AND __score IS NOT NULL" + (filter.isEmpty() ? "" : " AND " + filter) + ")");
    }

    /** Ranking and decision quality of one group. */
    record Quality(long rows, long positives, double auc, ConfusionCounts confusion, double meanScore) {
        long negatives() {
            return rows - positives;
        }
    }

    /** Per group: AUC from the rank statistic (ties count one half) and the confusion counts at {@code threshold}. */
    Map<String, Quality> quality(Database db, double threshold) throws SQLException {
        Map<String, Row> auc = new LinkedHashMap<>();
        for (Row r : db.query("WITH g AS (SELECT k, s, sum(y) AS pos, count(*) - sum(y) AS neg FROM " + relation
                + " GROUP BY k, s), c AS (SELECT k, pos, neg, sum(neg) OVER (PARTITION BY k ORDER BY s ROWS UNBOUNDED "
                + "PRECEDING) - neg AS below FROM g) SELECT k, sum(pos) AS p, sum(neg) AS n, sum(CAST(pos AS DOUBLE) * "
                + "(CAST(below AS DOUBLE) + CAST(neg AS DOUBLE) / 2)) AS conc FROM c GROUP BY k")) {
            auc.put(r.str("k", ""), r);
        }
        Map<String, Quality> out = new LinkedHashMap<>();
        for (Row r : db.query("SELECT k, count(*) AS n, avg(s) AS ms, "
                + "count(*) FILTER (WHERE s >= CAST(? AS DOUBLE) AND y = 1) AS tp, "
                + "count(*) FILTER (WHERE s >= CAST(? AS DOUBLE) AND y = 0) AS fp, "
                + "count(*) FILTER (WHERE s < CAST(? AS DOUBLE) AND y = 1) AS fn, "
                + "count(*) FILTER (WHERE s < CAST(? AS DOUBLE) AND y = 0) AS tn FROM " + relation
                + " GROUP BY k ORDER BY k", threshold, threshold, threshold, threshold)) {
            String k = r.str("k", "");
            Row a = auc.get(k);
            long p = a.lng("p");
            double value = RocAuc.fromSums(p, a.lng("n"), a.dbl("conc"));
            out.put(k, new Quality(r.lng("n"), p, value,
                    new ConfusionCounts(r.lng("tp"), r.lng("fp"), r.lng("fn"), r.lng("tn")), r.dbl("ms")));
        }
        return out;
    }

    /** Per group, the sums of ten equal-width score bins: rows, Σ score, Σ label, and Σ (score − label)². */
    record Bins(long[] counts, double[] sumScore, double[] sumLabel, double sumSquaredError) {
    }

    Map<String, Bins> calibrationBins(Database db, int bins) throws SQLException {
        Map<String, Bins> out = new LinkedHashMap<>();
        for (Row r : db.query("SELECT k, CAST(least(floor(s * ?), ? - 1) AS INTEGER) AS b, count(*) AS n, sum(s) AS ss, "
                + "sum(y) AS sy, sum((s - y) * (s - y)) AS se FROM " + relation + " GROUP BY ALL ORDER BY k, b",
                bins, bins)) {
            Bins b = out.computeIfAbsent(r.str("k", ""), k -> new Bins(new long[bins], new double[bins],
                    new double[bins], 0));
            int i = (int) r.lng("b");
            b.counts()[i] = r.lng("n");
            b.sumScore()[i] = r.dbl("ss");
            b.sumLabel()[i] = r.dbl("sy");
            out.put(r.str("k", ""), new Bins(b.counts(), b.sumScore(), b.sumLabel(), b.sumSquaredError() + r.dbl("se")));
        }
        return out;
    }
}
