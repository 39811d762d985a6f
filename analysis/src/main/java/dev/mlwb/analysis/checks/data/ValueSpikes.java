package dev.mlwb.analysis.checks.data;

import dev.mlwb.analysis.data.Database;
import dev.mlwb.analysis.data.FeatureColumn;
import dev.mlwb.analysis.data.Row;
import dev.mlwb.analysis.data.Sql;
import dev.mlwb.analysis.data.Table;
import dev.mlwb.analysis.evidence.ImputationBatch;
import dev.mlwb.analysis.format.Fmt;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Silent imputation without logs: one value of a numeric feature suddenly holds a large share of
 * the current dataset's rows while the reference, whose values are spread out, rarely holds it.
 * Such a value is usually a default substituted for missing input (the training mean or median,
 * zero).
 */
final class ValueSpikes {
    /** A reference with fewer distinct values is discrete: a popular value there is no sign of imputation. */
    private static final long MIN_REFERENCE_DISTINCT = 20;

    /**
     * The most frequent value of a feature in the current dataset, against the reference.
     *
     * @param value the value
     * @param currentShare its share of the current rows
     * @param referenceShare its share of the reference rows
     * @param currentRows the current rows
     * @param currentCount current rows holding it
     * @param meaning what the value is in the reference ({@code the training mean}), if anything
     */
    record Spike(double value, double currentShare, double referenceShare, long currentRows, long currentCount,
                 Optional<String> meaning) {
        double excess() {
            return currentShare - referenceShare;
        }
    }

    private ValueSpikes() {
    }

    /**
     * The current dataset's most frequent value of {@code f} against the reference, if the reference is spread
     * out enough to judge. The reference is only summarised (distinct values, mean, median) when the value
     * holds at least {@code minShare} of the current rows, so that most features cost one grouping.
     */
    static Optional<Spike> top(Database db, Table ref, Table cur, FeatureColumn f, double minShare) throws SQLException {
        String x = "CAST(" + Sql.ident(f.name()) + " AS DOUBLE)";
        Optional<Row> top = db.first("SELECT v, n, (SELECT count(*) FROM " + cur.view() + ") AS rows FROM (SELECT " + x
                + " AS v, count(*) AS n FROM " + cur.view() + " WHERE " + x + " IS NOT NULL GROUP BY 1) ORDER BY n DESC, v "
                + "LIMIT 1");
        if (top.isEmpty()) {
            return Optional.empty();
        }
        double v = top.get().dbl("v");
        long rows = top.get().lng("rows");
        double share = (double) top.get().lng("n") / rows;
        Row r = db.first("SELECT count(*) AS n, count(*) FILTER (WHERE " + x + " = CAST(? AS DOUBLE)) AS k"
                + (share >= minShare ? ", count(DISTINCT " + x + ") AS d, avg(" + x + ") AS mean, median(" + x + ") AS med"
                : "") + " FROM " + ref.view(), v).orElseThrow();
        if (share >= minShare && r.lng("d") < MIN_REFERENCE_DISTINCT) {
            return Optional.empty();
        }
        Optional<String> meaning = share >= minShare ? meaning(v, r.dbl("mean"), r.dbl("med"), ref.name())
                : Optional.empty();
        return Optional.of(new Spike(v, share, (double) r.lng("k") / r.lng("n"), rows, top.get().lng("n"), meaning));
    }

    private static Optional<String> meaning(double v, double mean, double median, String ref) {
        if (close(v, mean)) {
            return Optional.of("the " + ref + " mean (" + Numbers.sig(mean) + ")");
        }
        if (close(v, median)) {
            return Optional.of("the " + ref + " median (" + Numbers.sig(median) + ")");
        }
        return v == 0 ? Optional.of("zero") : Optional.empty();
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-4 * Math.max(1.0, Math.abs(b));
    }

    /** The value's share of the current rows per time window (empty without timestamps). */
    static List<ImputationBatch> perWindow(Database db, Table cur, ImputedRows.Marker m) throws SQLException {
        if (!cur.has("timestamp")) {
            return List.of();
        }
        Side side = Side.of(cur.name(), cur.view(), "1", true, "");
        Optional<Duration> window = DriftWindows.choose(db, side, 0);
        if (window.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>();
        params.add(window.get().toSeconds());
        params.addAll(m.params());
        List<ImputationBatch> out = new ArrayList<>();
        for (Row r : db.query("SELECT " + Sql.epochMicros("time_bucket(to_seconds(CAST(? AS BIGINT)), __ts)") + " AS w, "
                + "count(*) AS n, count(*) FILTER (WHERE " + m.predicate() + ") AS k FROM " + cur.view()
                + " WHERE __ts IS NOT NULL GROUP BY 1 ORDER BY 1", params.toArray())) {
            var start = Numbers.instant(r.lng("w"));
            String label = window.get().toHours() % 24 == 0 ? Fmt.time(start).substring(0, Fmt.time(start).lastIndexOf(' '))
                    : Fmt.time(start);
            out.add(new ImputationBatch(label, Optional.of(start), r.lng("k"), r.lng("n"),
                    (double) r.lng("k") / r.lng("n")));
        }
        return out;
    }
}
