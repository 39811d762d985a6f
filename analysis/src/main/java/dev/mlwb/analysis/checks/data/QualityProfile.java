package dev.mlwb.analysis.checks.data;

import dev.mlwb.analysis.data.Database;
import dev.mlwb.analysis.data.FeatureColumn;
import dev.mlwb.analysis.data.Row;
import dev.mlwb.analysis.data.Sql;
import dev.mlwb.analysis.evidence.QualityRow;
import dev.mlwb.analysis.profile.CategoricalProfile;
import dev.mlwb.analysis.profile.NumericProfile;
import dev.mlwb.analysis.profile.PartProfile;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Nulls, ranges and types of a comparison's features, from the two datasets' profiles: null counts,
 * the reference's range, and the current values below and above it (exact: the references' ranges are
 * among the fine edges). Only a feature numeric in the reference and text in the current dataset is
 * read again, for its values that are not numbers.
 */
final class QualityProfile {
    private QualityProfile() {
    }

    static List<QualityRow> rows(Database db, ComparedPair p, PartProfile ref, PartProfile cur) throws SQLException {
        List<QualityRow> out = new ArrayList<>();
        for (FeatureColumn f : p.reference().features()) {
            out.add(row(db, p, f, ref, cur));
        }
        return out;
    }

    private static QualityRow row(Database db, ComparedPair p, FeatureColumn f, PartProfile ref, PartProfile cur)
            throws SQLException {
        long rn = ref.rows();
        long cn = cur.rows();
        Optional<NumericProfile> rnum = ref.numeric(f.name());
        double refNull = rn > 0 ? (double) (rn - nonNull(ref, f.name())) / rn : Double.NaN;
        double lo = rnum.map(n -> n.overall().min()).orElse(Double.NaN);
        double hi = rnum.map(n -> n.overall().max()).orElse(Double.NaN);
        Optional<FeatureColumn> g = p.current().feature(f.name());
        if (g.isEmpty()) {
            return new QualityRow(f.name(), f.sqlType(), "(missing)", true, refNull, 1.0, lo, hi, 0, 0, Double.NaN, 0,
                    "critical");
        }
        double curNull = cn > 0 ? (double) (cn - nonNull(cur, f.name())) / cn : Double.NaN;
        boolean changed = g.get().kind() != f.kind();
        long below = 0;
        long above = 0;
        long bad = 0;
        Optional<NumericProfile> cnum = cur.numeric(f.name());
        if (f.numeric() && !changed && cnum.isPresent() && !Double.isNaN(lo)) {
            below = cnum.get().overall().countAtMost(Math.nextDown(lo))[0];
            above = cnum.get().overall().total() - cnum.get().overall().countAtMost(hi)[1];
        } else if (f.numeric() && !g.get().numeric()) {
            bad = notNumbers(db, p, f);
        }
        double outside = f.numeric() && !changed && cn > 0 ? (double) (below + above) / cn : Double.NaN;
        return new QualityRow(f.name(), f.sqlType(), g.get().sqlType(), changed, refNull, curNull, lo, hi, below, above,
                outside, bad, "ok");
    }

    private static long nonNull(PartProfile p, String column) {
        return p.numeric(column).map(NumericProfile::nonNull)
                .or(() -> p.categorical(column).map(CategoricalProfile::nonNull)).orElse(0L);
    }

    /** Text values of the current dataset that are not numbers (a feature whose type changed). */
    private static long notNumbers(Database db, ComparedPair p, FeatureColumn f) throws SQLException {
        String col = Sql.ident(f.name());
        Row r = db.first("SELECT count(*) FILTER (WHERE " + col + " IS NOT NULL AND TRY_CAST(" + col
                + " AS DOUBLE) IS NULL) AS bad FROM " + p.current().view()).orElseThrow();
        return r.lng("bad");
    }
}
