package dev.mlwb.analysis.checks.canary;

import dev.mlwb.analysis.bundle.Arms;
import dev.mlwb.analysis.data.Database;
import dev.mlwb.analysis.data.Row;
import dev.mlwb.analysis.data.Sql;
import dev.mlwb.analysis.data.Table;
import dev.mlwb.analysis.evidence.MetricWindow;
import dev.mlwb.analysis.stats.RocAuc;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * ROC AUC of labelled predictions per arm, over the whole file and per window: SQL reduces each
 * arm (and window) to positives, negatives and the concordance sum of {@link RocAuc#fromSums}.
 *
 * @param baselineRows labelled baseline rows
 * @param baselinePositives positive labels among them
 */
record ArmAuc(double baselineAuc, double canaryAuc, long baselineRows, long canaryRows, long baselineMinority,
              long canaryMinority, long baselinePositives, long canaryPositives) {

    /**
     * One-sided p-value of the canary's AUC being lower than the baseline's by more than {@code margin}
     * (Hanley–McNeil standard errors); NaN without both classes.
     */
    double dropPValue(double margin) {
        long bp = baselinePositives;
        long cp = canaryPositives;
        if (Double.isNaN(baselineAuc) || Double.isNaN(canaryAuc) || bp < 1 || cp < 1 || baselineRows - bp < 1
                || canaryRows - cp < 1) {
            return Double.NaN;
        }
        return dev.mlwb.analysis.stats.AucStandardError.dropBeyondPValue(baselineAuc, bp, baselineRows - bp, canaryAuc,
                cp, canaryRows - cp, margin);
    }

    /** Baseline AUC − canary AUC: how much the canary ranks worse. */
    double drop() {
        return baselineAuc - canaryAuc;
    }

    private static String sums(Table t, String window) {
        String w = window.isEmpty() ? "" : window + " AS w, ";
        String by = window.isEmpty() ? "arm" : "arm, w";
        return "WITH g AS (SELECT " + w + "CAST(__arm AS VARCHAR) AS arm, __score AS s, sum(__label) AS pos, "
                + "count(*) - sum(__label) AS neg FROM " + t.view() + " WHERE __label IS NOT NULL AND __score IS NOT NULL "
                + "AND CAST(__arm AS VARCHAR) IN (?, ?)" + (window.isEmpty() ? "" : " AND __ts IS NOT NULL")
                + " GROUP BY ALL), c AS (SELECT " + by + ", pos, neg, sum(neg) OVER (PARTITION BY " + by
                + " ORDER BY s) - neg AS below FROM g) SELECT " + (window.isEmpty() ? "" : Sql.epochMicros("w") + " AS t, ")
                + "arm, sum(pos) AS p, sum(neg) AS n, sum(pos * (below + neg / 2.0)) AS conc FROM c GROUP BY ALL";
    }

    static ArmAuc pooled(Database db, Table t, Arms arms) throws SQLException {
        double[] auc = {Double.NaN, Double.NaN};
        long[] rows = new long[2];
        long[] minority = new long[2];
        long[] positives = new long[2];
        for (Row r : db.query(sums(t, ""), arms.baseline(), arms.canary())) {
            int i = r.str("arm", "").equals(arms.canary()) ? 1 : 0;
            auc[i] = RocAuc.fromSums(r.lng("p"), r.lng("n"), r.dbl("conc"));
            rows[i] = r.lng("p") + r.lng("n");
            minority[i] = Math.min(r.lng("p"), r.lng("n"));
            positives[i] = r.lng("p");
        }
        return new ArmAuc(auc[0], auc[1], rows[0], rows[1], minority[0], minority[1], positives[0], positives[1]);
    }

    /** Per window: AUC per arm, judged when each arm has {@code minMinority} rows of either class. */
    static List<MetricWindow> windows(Database db, Table t, Arms arms, long windowSeconds, long minMinority,
                                      double maxDrop) throws SQLException {
        Map<Long, double[]> byWindow = new TreeMap<>();
        for (Row r : db.query(sums(t, "time_bucket(to_seconds(CAST(? AS BIGINT)), __ts)"), windowSeconds,
                arms.baseline(), arms.canary())) {
            double[] v = byWindow.computeIfAbsent(r.instant("t").orElseThrow().toEpochMilli(),
                    k -> new double[] {Double.NaN, 0, 0, Double.NaN, 0, 0});
            int off = r.str("arm", "").equals(arms.canary()) ? 3 : 0;
            v[off] = RocAuc.fromSums(r.lng("p"), r.lng("n"), r.dbl("conc"));
            v[off + 1] = r.lng("p") + r.lng("n");
            v[off + 2] = Math.min(r.lng("p"), r.lng("n"));
        }
        List<MetricWindow> out = new ArrayList<>();
        byWindow.forEach((start, v) -> {
            boolean judged = v[2] >= minMinority && v[5] >= minMinority;
            double change = v[3] - v[0];
            Instant from = Instant.ofEpochMilli(start);
            out.add(new MetricWindow(from, from.plusSeconds(windowSeconds), v[0], v[3], v[1], v[4], change, judged,
                    judged && change < -maxDrop));
        });
        return out;
    }
}
