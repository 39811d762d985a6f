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
     * exceeds the reference's most, and, if that bin holds at least {@code minShare} of the current rows, its
     * most frequent value read from the rows (one column, one bin). The reference is only summarised (distinct
     * values, mean, median) for a value holding at least {@code minShare}.
     *
     * @return the spike, or empty when no value can hold {@code minShare} (then {@code largestBinShare} says why)
     */
    static Optional<Spike> top(Database db, Table ref, Table cur, FeatureColumn f, NumericProfile refProfile,
                               NumericProfile curProfile, double minShare) throws SQLException {
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
        double binShare = (double) a.current()[best] / rows;
        if (binShare < minShare && !a.exact()) {
            return Optional.empty();
        }
        if (binShare < minShare) {
            return Optional.of(new Spike(a.values()[best], binShare, (double) a.reference()[best] / refProfile.rows(), rows,
                    a.current()[best], Optional.empty()));
        }
        double value;
        long count;
        if (a.exact()) {
            value = a.values()[best];
            count = a.current()[best];
        } else {
            double lo = best == 0 ? Double.NEGATIVE_INFINITY : a.values()[best - 1];
            double hi = a.values()[best];
            String x = "CAST(" + Sql.ident(f.name()) + " AS DOUBLE)";
            Row top = db.first("SELECT v, n FROM (SELECT " + x + " AS v, count(*) AS n FROM " + cur.view() + " WHERE " + x
                    + " > CAST(? AS DOUBLE) AND " + x + " <= CAST(? AS DOUBLE) GROUP BY 1) ORDER BY n DESC, v LIMIT 1", lo,
                    hi).orElseThrow();
            value = top.dbl("v");
            count = top.lng("n");
        }
        double share = (double) count / rows;
        String x = "CAST(" + Sql.ident(f.name()) + " AS DOUBLE)";
        Row s = db.first("SELECT count(*) AS n, count(*) FILTER (WHERE " + x + " = CAST(? AS DOUBLE)) AS k"
                + (share >= minShare ? ", count(DISTINCT " + x + ") AS d, avg(" + x + ") AS mean, median(" + x + ") AS med"
                : "") + " FROM " + ref.view(), value).orElseThrow();
        if (share >= minShare && s.lng("d") < MIN_REFERENCE_DISTINCT) {
            return Optional.empty();
        }
        Optional<String> meaning = share >= minShare ? meaning(value, s.dbl("mean"), s.dbl("med"), ref.name())
                : Optional.empty();
        return Optional.of(new Spike(value, share, (double) s.lng("k") / s.lng("n"), rows, count, meaning));
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
