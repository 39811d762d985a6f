package dev.mlwb.analysis.checks.data;

import dev.mlwb.analysis.data.Database;
import dev.mlwb.analysis.data.FeatureColumn;
import dev.mlwb.analysis.data.Row;
import dev.mlwb.analysis.data.Sql;
import dev.mlwb.analysis.data.Table;
import dev.mlwb.analysis.evidence.ImputationBatch;
import dev.mlwb.analysis.profile.Distribution;
import dev.mlwb.analysis.profile.NumericProfile;
import dev.mlwb.analysis.format.Fmt;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Silent imputation without logs: one value of a numeric feature suddenly holds a large share of
 * the current dataset's rows while the reference, whose values are spread out, rarely holds it
 * (found in the profiles; the value itself is read from the rows of one fine bin when it is not known).
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
     * The value of {@code f} that stands out most in the current dataset against the reference, from the
     * profiles: per value when both sides were counted per value; otherwise the fine bin whose current share
     * exceeds the reference's most. Only a suspect (its current share exceeds the reference's by more than
     * {@code minShare} and is at least {@code ratio} times it) is looked up in the rows: its exact value (the
     * most frequent one in its bin), its share of the reference, and the reference's distinct values, mean and
     * median (what the value may stand for).
     *
     * @return the value, or empty when no single value can be a suspect
     */
    static Optional<Spike> top(Database db, Table ref, Table cur, FeatureColumn f, NumericProfile refProfile,
                               NumericProfile curProfile, double minShare, double ratio) throws SQLException {
        Distribution r = refProfile.overall();
        Distribution c = curProfile.overall();
        if (c.total() == 0 || r.total() == 0) {
            return Optional.empty();
        }
        Aligned a = Aligned.of(r, c);
        long rows = curProfile.rows();
        int best = -1;
        double bestExcess = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < a.values().length; i++) {
            double excess = (double) a.current()[i] / rows - (double) a.reference()[i] / refProfile.rows();
            if (a.current()[i] > 0 && excess > bestExcess) {
                best = i;
                bestExcess = excess;
            }
        }
        double share = (double) a.current()[best] / rows;
        double refShare = (double) a.reference()[best] / refProfile.rows();
        boolean suspect = share - refShare > minShare && share >= ratio * refShare;
        if (!suspect) {
            return a.exact() ? Optional.of(new Spike(a.values()[best], share, refShare, rows, a.current()[best],
                    Optional.empty())) : Optional.empty();
        }
        String x = "CAST(" + Sql.ident(f.name()) + " AS DOUBLE)";
        double value;
        long count;
        if (a.exact() || a.singleValue()[best]) {
            value = a.values()[best];
            count = a.current()[best];
        } else {
            double lo = best == 0 ? Double.NEGATIVE_INFINITY : a.values()[best - 1];
            Row top = db.first("SELECT v, n FROM (SELECT " + x + " AS v, count(*) AS n FROM " + cur.view() + " WHERE " + x
                    + " > CAST(? AS DOUBLE) AND " + x + " <= CAST(? AS DOUBLE) GROUP BY 1) ORDER BY n DESC, v LIMIT 1", lo,
                    a.values()[best]).orElseThrow();
            value = top.dbl("v");
            count = top.lng("n");
        }
        Row s = db.first("SELECT count(*) AS n, count(*) FILTER (WHERE " + x + " = CAST(? AS DOUBLE)) AS k, "
                + "approx_count_distinct(" + x + ") AS d, avg(" + x + ") AS mean, median(" + x + ") AS med FROM " + ref.view(), value).orElseThrow();
        if (s.lng("d") < MIN_REFERENCE_DISTINCT) {
            return Optional.empty();
        }
        return Optional.of(new Spike(value, (double) count / rows, (double) s.lng("k") / s.lng("n"), rows, count,
                meaning(value, s.dbl("mean"), s.dbl("med"), ref.name())));
    }

    /** The largest share of the current rows that one fine bin (or value) holds. */
    static double largestBinShare(NumericProfile cur) {
        long most = 0;
        for (long n : cur.overall().counts()) {
            most = Math.max(most, n);
        }
        return cur.rows() > 0 ? (double) most / cur.rows() : Double.NaN;
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

    /** The value's share of the current rows per time window (empty without windows). */
    static List<ImputationBatch> perWindow(Database db, Table cur, ImputedRows.Marker m, Optional<Duration> window)
            throws SQLException {
        if (!cur.has("timestamp") || window.isEmpty()) {
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
