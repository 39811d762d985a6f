package dev.mlwb.analysis.checks.data;

import dev.mlwb.analysis.data.Database;
import dev.mlwb.analysis.data.FeatureColumn;
import dev.mlwb.analysis.data.Row;
import dev.mlwb.analysis.data.Sql;
import dev.mlwb.analysis.data.Table;
import dev.mlwb.analysis.evidence.ConcentrationRow;
import dev.mlwb.analysis.evidence.ImputationConcentration;
import dev.mlwb.analysis.stats.ChiSquareIndependence;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The imputed rows of one feature in a features dataset, told apart by a SQL predicate (the
 * record ids of the log's imputation events, or the value substituted), and how they spread over
 * the values of the dataset's slices and categorical features.
 */
final class ImputedRows {
    /** Dimensions with more distinct values than this are not broken down. */
    private static final int MAX_VALUES = 100;
    /** Fewer imputed rows than this cannot show a concentration. */
    static final long MIN_IMPUTED = 20;

    /** A predicate that is true on imputed rows, with its parameters and how it was built, in words. */
    record Marker(String predicate, List<Object> params, String how) {
    }

    private ImputedRows() {
    }

    static Marker byRecords(Table events, String feature) {
        return new Marker("CAST(__entity AS VARCHAR) IN " + ImputationLog.records(events), List.of(feature),
                "imputation events joined on " + "entity");
    }

    static Marker byValue(FeatureColumn f, double value) {
        return byValue(f, value, Numbers.sig(value));
    }

    /** Rows holding {@code value}, which people know as {@code text}. */
    static Marker byValue(FeatureColumn f, double value, String text) {
        return new Marker("abs(CAST(" + Sql.ident(f.name()) + " AS DOUBLE) - CAST(? AS DOUBLE)) <= "
                + "1e-9 * greatest(1.0, abs(CAST(? AS DOUBLE)))", List.of(value, value),
                "rows holding " + text);
    }

    /** Imputed rows of the dataset under the marker. */
    static long count(Database db, Table dataset, Marker m) throws SQLException {
        return (long) db.scalar("SELECT count(*) FROM " + dataset.view() + " WHERE " + m.predicate(),
                m.params().toArray());
    }

    /** The columns to break imputations down by: slices, then categorical features other than the imputed one. */
    static List<String> dimensions(Table dataset, String feature) {
        Set<String> out = new LinkedHashSet<>(dataset.slices());
        dataset.features().stream().filter(f -> !f.numeric() && !f.name().equals(feature))
                .forEach(f -> out.add(f.name()));
        out.remove(feature);
        return List.copyOf(out);
    }

    /**
     * The imputations broken down by every dimension with at most {@value #MAX_VALUES} values, the
     * most concentrated first.
     *
     * @param lift a value whose imputation rate is at least this multiple of the overall rate is hot
     */
    static List<ImputationConcentration> breakdowns(Database db, Table dataset, Marker m, String feature, double lift)
            throws SQLException {
        List<ImputationConcentration> out = new ArrayList<>();
        for (String d : dimensions(dataset, feature)) {
            List<Object> params = new ArrayList<>(m.params());
            params.add(MAX_VALUES + 1);
            List<Row> rows = db.query("SELECT " + Sql.sliceValue(d) + " AS v, count(*) AS n, count(*) FILTER (WHERE imp) "
                    + "AS k FROM (SELECT " + Sql.ident(d) + ", (" + m.predicate() + ") AS imp FROM " + dataset.view()
                    + ") GROUP BY 1 ORDER BY k DESC, n DESC, v LIMIT ?", params.toArray());
            if (rows.size() <= MAX_VALUES) {
                breakdown(feature, d, dataset.name(), rows, lift).ifPresent(out::add);
            }
        }
        out.sort(Comparator.comparingDouble(ImputationConcentration::hotShare).reversed());
        return out;
    }

    private static Optional<ImputationConcentration> breakdown(String feature, String dimension, String dataset,
                                                               List<Row> rows, double lift) {
        long n = rows.stream().mapToLong(r -> r.lng("n")).sum();
        long k = rows.stream().mapToLong(r -> r.lng("k")).sum();
        if (n == 0 || k == 0) {
            return Optional.empty();
        }
        double overall = (double) k / n;
        List<ConcentrationRow> values = new ArrayList<>();
        long hotImputed = 0;
        long[][] table = new long[2][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            long rn = r.lng("n");
            long rk = r.lng("k");
            double rate = (double) rk / rn;
            boolean hot = rate / overall >= lift && rk >= 5;
            hotImputed += hot ? rk : 0;
            values.add(new ConcentrationRow(r.str("v", ""), rn, rk, rate, (double) rk / k, rate / overall, hot));
            table[0][i] = rk;
            table[1][i] = rn - rk;
        }
        double p = ChiSquareIndependence.test(table).pValue();
        return Optional.of(new ImputationConcentration("Imputations of " + feature + " by " + dimension + " in "
                + dataset, feature, dimension, dataset, k, n, overall, (double) hotImputed / k, p, values));
    }
}
