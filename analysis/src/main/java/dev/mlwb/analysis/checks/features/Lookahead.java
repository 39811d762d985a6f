package dev.mlwb.analysis.checks.features;

import dev.mlwb.analysis.bundle.Role;
import dev.mlwb.analysis.data.Database;
import dev.mlwb.analysis.data.IncidentData;
import dev.mlwb.analysis.data.Row;
import dev.mlwb.analysis.data.Sql;
import dev.mlwb.analysis.data.Table;
import dev.mlwb.analysis.evidence.LeakageExample;
import dev.mlwb.analysis.evidence.LeakageTimeline;
import dev.mlwb.analysis.evidence.LookaheadBin;
import dev.mlwb.analysis.evidence.LookaheadDay;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How far a feature's timestamps lie after the time it is used at: the row's timestamp, or the
 * time of its label (labels joined by entity, each entity's latest label, as predictions get
 * them), whichever is earlier. One aggregate pass per feature, and the worst rows.
 */
final class Lookahead {
    private static final double[] EDGES_HOURS = {6, 24, 72, 168, 720};
    private static final int EXAMPLES = 5;
    private static final int MAX_DAYS = 5000;

    private Lookahead() {
    }

    /** The labels' times per entity, or empty when no labels source has a timestamp. */
    static Optional<String> labelTimes(IncidentData data) {
        List<Table> labels = data.tables(Role.LABELS).stream().filter(t -> t.has("timestamp")).toList();
        if (labels.isEmpty()) {
            return Optional.empty();
        }
        String union = String.join(" UNION ALL ", labels.stream()
                .map(t -> "SELECT __entity, __ts FROM " + t.view()).toList());
        return Optional.of("(SELECT __entity, max(__ts) AS label_ts FROM (" + union + ") GROUP BY __entity)");
    }

    /** The rows of a dataset with row time, label time, feature time and lookahead hours ({@code h}). */
    static String relation(Table t, String feature, Optional<String> labels) {
        String fts = Sql.ident(Table.featureTimestampColumn(feature));
        String rowTime = t.has("timestamp") ? "d.__ts" : "CAST(NULL AS TIMESTAMP)";
        boolean joinLabels = labels.isPresent() && t.has("entity");
        String labelTime = joinLabels ? "l.label_ts" : "CAST(NULL AS TIMESTAMP)";
        String entity = t.has("entity") ? "CAST(d.__entity AS VARCHAR)" : "CAST(NULL AS VARCHAR)";
        return "(SELECT " + entity + " AS e, " + rowTime + " AS rt, " + labelTime + " AS lt, d." + fts + " AS ft, "
                + "(epoch_us(d." + fts + ") - epoch_us(least(" + rowTime + ", " + labelTime + "))) / 3.6e9 AS h FROM "
                + t.view() + " d" + (joinLabels ? " LEFT JOIN " + labels.get() + " l ON d.__entity = l.__entity" : "")
                + ")";
    }

    static LeakageTimeline measure(Database db, Table t, String feature, Optional<String> labels, double tolerance,
                                   String against) throws SQLException {
        String rel = relation(t, feature, labels);
        List<Double> edges = edges(tolerance);
        StringBuilder q = new StringBuilder("SELECT count(h) AS n, count(*) FILTER (WHERE h > CAST(? AS DOUBLE)) AS v, "
                + "max(h) AS mx, " + Sql.epochMicros("min(least(rt, lt)) FILTER (WHERE h > CAST(? AS DOUBLE))") + " AS vf, "
                + Sql.epochMicros("max(least(rt, lt)) FILTER (WHERE h > CAST(? AS DOUBLE))") + " AS vt, "
                + Sql.epochMicros("max(ft) FILTER (WHERE h > CAST(? AS DOUBLE))") + " AS lf, "
                + "count(DISTINCT ft) FILTER (WHERE h > CAST(? AS DOUBLE)) AS df");
        List<Object> params = new ArrayList<>(List.of(tolerance, tolerance, tolerance, tolerance, tolerance));
        for (int i = 0; i <= edges.size(); i++) {
            q.append(", count(*) FILTER (WHERE h IS NOT NULL");
            if (i > 0) {
                q.append(" AND h > CAST(? AS DOUBLE)");
                params.add(edges.get(i - 1));
            }
            if (i < edges.size()) {
                q.append(" AND h <= CAST(? AS DOUBLE)");
                params.add(edges.get(i));
            }
            q.append(") AS b").append(i);
        }
        Row r = db.first(q.append(" FROM ").append(rel).toString(), params.toArray()).orElseThrow();
        long n = r.lng("n");
        long v = r.lng("v");
        return new LeakageTimeline(feature + " in " + t.name() + ": feature time after prediction time", feature,
                t.name(), against, n, v, n > 0 ? (double) v / n : Double.NaN, r.dbl("mx"), tolerance,
                r.instant("vf"), r.instant("vt"), r.instant("lf"), r.lng("df"), bins(r, edges, tolerance),
                v > 0 ? examples(db, rel, tolerance) : List.of(), v > 0 ? days(db, rel, tolerance) : List.of());
    }

    /** Rows and violations per UTC day of the feature timestamp (the day the values were computed). */
    private static List<LookaheadDay> days(Database db, String rel, double tolerance) throws SQLException {
        List<LookaheadDay> out = new ArrayList<>();
        for (Row r : db.query("SELECT " + Sql.epochMicros("date_trunc('day', ft)") + " AS d, count(*) AS n, "
                + "count(*) FILTER (WHERE h > CAST(? AS DOUBLE)) AS v, "
                + Sql.epochMicros("min(ft) FILTER (WHERE h > CAST(? AS DOUBLE))") + " AS fv FROM " + rel
                + " WHERE h IS NOT NULL GROUP BY 1 ORDER BY 1 LIMIT " + MAX_DAYS, tolerance, tolerance)) {
            out.add(new LookaheadDay(r.instant("d").orElseThrow(), r.lng("n"), r.lng("v"), r.instant("fv")));
        }
        return out;
    }

    /** 0, the tolerance, then 6 h, 1, 3, 7 and 30 days where they exceed the tolerance. */
    private static List<Double> edges(double tolerance) {
        List<Double> out = new ArrayList<>(List.of(0.0));
        if (tolerance > 0) {
            out.add(tolerance);
        }
        for (double e : EDGES_HOURS) {
            if (e > tolerance) {
                out.add(e);
            }
        }
        return out;
    }

    private static List<LookaheadBin> bins(Row r, List<Double> edges, double tolerance) {
        List<LookaheadBin> out = new ArrayList<>();
        for (int i = 0; i <= edges.size(); i++) {
            double lo = i == 0 ? Double.NEGATIVE_INFINITY : edges.get(i - 1);
            double hi = i == edges.size() ? Double.POSITIVE_INFINITY : edges.get(i);
            String label = i == 0 ? "at or before" : i == edges.size() ? "more than " + hours(lo) + " later"
                    : lo == 0 ? "up to " + hours(hi) + " later" : range(lo, hi) + " later";
            out.add(new LookaheadBin(label, lo, hi, r.lng("b" + i), lo >= tolerance));
        }
        return out;
    }

    private static String range(double lo, double hi) {
        if (hi < 48) {
            return dev.mlwb.analysis.format.Fmt.num(lo, 2) + "–" + hours(hi);
        }
        if (lo >= 48) {
            return dev.mlwb.analysis.format.Fmt.num(lo / 24, 1) + "–" + hours(hi);
        }
        return hours(lo) + "–" + hours(hi);
    }

    static String hours(double h) {
        if (h >= 48) {
            return dev.mlwb.analysis.format.Fmt.num(h / 24, 1) + " days";
        }
        return dev.mlwb.analysis.format.Fmt.num(h, 2) + " h";
    }

    private static List<LeakageExample> examples(Database db, String rel, double tolerance) throws SQLException {
        List<LeakageExample> out = new ArrayList<>();
        for (Row r : db.query("SELECT e, " + Sql.epochMicros("rt") + " AS rt, " + Sql.epochMicros("lt") + " AS lt, "
                + Sql.epochMicros("ft") + " AS ft, h FROM " + rel + " WHERE h > CAST(? AS DOUBLE) ORDER BY h DESC, e LIMIT "
                + EXAMPLES, tolerance)) {
            out.add(new LeakageExample(r.text("e"), r.instant("rt"), r.instant("ft").orElseThrow(), r.instant("lt"),
                    r.dbl("h")));
        }
        return out;
    }
}
