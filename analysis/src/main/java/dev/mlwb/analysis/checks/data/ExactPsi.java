package dev.mlwb.analysis.checks.data;

import dev.mlwb.analysis.data.Database;
import dev.mlwb.analysis.data.Row;
import dev.mlwb.analysis.data.Sql;
import dev.mlwb.analysis.evidence.DriftWindow;
import dev.mlwb.analysis.profile.Distribution;
import dev.mlwb.analysis.stats.Psi;
import dev.mlwb.analysis.stats.PsiBins;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The PSI of a numeric subject on the reference's exact deciles, from the rows: for the few subjects
 * whose severity the fine bins' bounds leave undecided (see {@code DriftCheck.ambiguous}). Two queries
 * on the subject's column alone: the reference's deciles ({@code quantile_cont}, numpy's linear
 * interpolation), then both sides counted on them, overall and per window of the current side.
 */
final class ExactPsi {
    private ExactPsi() {
    }

    static DriftStats recompute(Database db, DriftPlan.Item item, DriftStats s, Optional<Duration> window)
            throws SQLException {
        String finite = " WHERE v IS NOT NULL AND NOT isnan(v) AND isfinite(v)";
        Row q = db.first("SELECT quantile_cont(v, CAST(? AS DOUBLE[])) AS q FROM " + item.reference().relation() + finite,
                (Object) PsiBins.decileLevels()).orElseThrow();
        if (q.isNull("q")) {
            return s;
        }
        double[] edges = PsiBins.fromQuantiles(q.doubles("q")).edges();
        String w = window.isPresent() && item.current().timed()
                ? Sql.epochMicros("time_bucket(to_seconds(CAST(? AS BIGINT)), t)") : "CAST(NULL AS BIGINT)";
        List<Object> params = new ArrayList<>(List.of(edges, edges, edges));
        window.filter(x -> item.current().timed()).ifPresent(x -> params.add(x.toSeconds()));
        Map<String, Distribution> counts = new HashMap<>();
        for (Row r : db.query("SELECT 'r' AS k, histogram(v, CAST(? AS DOUBLE[])) AS h FROM " + item.reference().relation()
                + " WHERE NOT isnan(v) UNION ALL SELECT 'c', histogram(v, CAST(? AS DOUBLE[])) FROM "
                + item.current().relation() + " WHERE NOT isnan(v) UNION ALL SELECT CAST(w AS VARCHAR), histogram(v, "
                + "CAST(? AS DOUBLE[])) FROM (SELECT " + w + " AS w, v FROM " + item.current().relation()
                + " WHERE NOT isnan(v)) WHERE w IS NOT NULL GROUP BY w", params.toArray())) {
            Map<Double, Long> h = new HashMap<>();
            Object m = r.get("h");
            if (m instanceof Map<?, ?> map) {
                map.forEach((k, v) -> h.put(((Number) k).doubleValue(), ((Number) v).longValue()));
            }
            counts.put(r.str("k", ""), Distribution.binned(edges, h, Double.NaN, Double.NaN));
        }
        Distribution ref = counts.get("r");
        Distribution cur = counts.get("c");
        if (ref == null || cur == null || ref.total() == 0 || cur.total() == 0) {
            return s;
        }
        double[] terms = Psi.contributions(ref.counts(), cur.counts());
        double psi = java.util.Arrays.stream(terms).sum();
        List<DriftWindow> windows = new ArrayList<>();
        List<double[]> windowPsi = new ArrayList<>();
        for (DriftWindow dw : s.windows()) {
            Distribution wd = counts.get(String.valueOf(dw.start().getEpochSecond() * 1_000_000L
                    + dw.start().getNano() / 1000));
            double p = wd == null || wd.total() == 0 ? Double.NaN : Psi.of(ref.counts(), wd.counts());
            windows.add(new DriftWindow(dw.start(), dw.end(), dw.rows(), dw.nullShare(), p, dw.ksStatistic(),
                    dw.jsDistance(), dw.judged()));
            windowPsi.add(new double[] {p, p});
        }
        DriftStats.Bounds bounds = new DriftStats.Bounds(psi, psi, s.bounds().ksBound(), windowPsi,
                s.bounds().windowKsBound());
        return new DriftStats(true, s.reference(), s.current(), psi, s.ksStatistic(), s.ksPValue(), s.chi2PValue(),
                s.jsDistance(), false, NumericDrift.bins(edges, ref.counts(), cur.counts(), terms,
                Math.min(s.reference().min(), s.current().min()), Math.max(s.reference().max(), s.current().max())),
                windows, bounds);
    }

}
