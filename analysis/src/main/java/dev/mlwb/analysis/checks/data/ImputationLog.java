package dev.mlwb.analysis.checks.data;

import dev.mlwb.analysis.data.Database;
import dev.mlwb.analysis.data.Row;
import dev.mlwb.analysis.data.Sql;
import dev.mlwb.analysis.data.Table;
import dev.mlwb.analysis.evidence.ImputationBatch;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the pipeline log says about imputations, per feature: {@code imputation_summary} events
 * give imputed and total rows per batch; {@code imputation} events name each imputed record and
 * the value substituted. A batch without a {@code batch} attribute is its event's UTC date.
 */
final class ImputationLog {
    /** One feature's imputations as logged. */
    record Feature(String name, List<ImputationBatch> batches, long records, Optional<String> value) {
        /** The worst batch rate (NaN when no batch has a known total). */
        double maxRate() {
            return batches.stream().mapToDouble(ImputationBatch::rate).filter(r -> !Double.isNaN(r)).max()
                    .orElse(Double.NaN);
        }

        /** Imputed rows over the rows of the batches with totals (NaN without totals). */
        double overallRate() {
            long total = batches.stream().mapToLong(ImputationBatch::total).sum();
            long imputed = batches.stream().filter(b -> b.total() > 0).mapToLong(ImputationBatch::imputed).sum();
            return total > 0 ? (double) imputed / total : Double.NaN;
        }

        long imputed() {
            return batches.stream().mapToLong(ImputationBatch::imputed).sum();
        }

        boolean hasTotals() {
            return !Double.isNaN(maxRate());
        }
    }

    private ImputationLog() {
    }

    private static String attr(String name) {
        return "json_extract_string(__attrs, " + Sql.string("$." + name) + ")";
    }

    private static String batch() {
        return "coalesce(" + attr("batch") + ", strftime(__ts, '%Y-%m-%d'))";
    }

    /** Every feature with imputation events, in name order. */
    static List<Feature> read(Database db, Table events) throws SQLException {
        Map<String, Map<String, ImputationBatch>> batches = new LinkedHashMap<>();
        for (Row r : db.query("SELECT " + attr("feature") + " AS f, " + batch() + " AS b, " + Sql.epochMicros("min(__ts)")
                + " AS t, sum(TRY_CAST(" + attr("imputed") + " AS BIGINT)) AS imputed, sum(TRY_CAST(" + attr("total")
                + " AS BIGINT)) AS total FROM " + events.view() + " WHERE __type = 'imputation_summary' AND "
                + attr("feature") + " IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 3")) {
            long imputed = r.lng("imputed");
            long total = r.lng("total");
            batches.computeIfAbsent(r.str("f", ""), k -> new LinkedHashMap<>()).put(r.str("b", ""),
                    new ImputationBatch(r.str("b", ""), r.instant("t"), imputed, total,
                            total > 0 ? (double) imputed / total : Double.NaN));
        }
        Map<String, long[]> records = new LinkedHashMap<>();
        Map<String, String> values = new LinkedHashMap<>();
        for (Row r : db.query("SELECT " + attr("feature") + " AS f, " + batch() + " AS b, " + Sql.epochMicros("min(__ts)")
                + " AS t, count(*) AS n, count(DISTINCT " + attr("record") + ") AS records, count(DISTINCT "
                + attr("value") + ") AS nv, min(" + attr("value") + ") AS v FROM " + events.view()
                + " WHERE __type = 'imputation' AND " + attr("feature") + " IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 3")) {
            String f = r.str("f", "");
            records.computeIfAbsent(f, k -> new long[1])[0] += r.lng("records");
            if (r.lng("nv") == 1) {
                values.merge(f, r.str("v", ""), (a, b) -> a.equals(b) ? a : "");
            } else {
                values.put(f, "");
            }
            batches.computeIfAbsent(f, k -> new LinkedHashMap<>()).putIfAbsent(r.str("b", ""),
                    new ImputationBatch(r.str("b", ""), r.instant("t"), r.lng("n"), 0, Double.NaN));
        }
        List<Feature> out = new ArrayList<>();
        batches.forEach((f, b) -> out.add(new Feature(f, List.copyOf(b.values()),
                records.getOrDefault(f, new long[1])[0],
                Optional.ofNullable(values.get(f)).filter(v -> !v.isEmpty()))));
        return out;
    }

    /** The relation of imputed record ids of a feature ({@code record} column), for semi-joins. */
    static String records(Table events) {
        return "(SELECT DISTINCT " + attr("record") + " AS record FROM " + events.view() + " WHERE __type = 'imputation' "
                + "AND " + attr("feature") + " = ? AND " + attr("record") + " IS NOT NULL)";
    }
}
