package dev.mlwb.analysis.checks.data;

import dev.mlwb.analysis.data.Database;
import dev.mlwb.analysis.data.FeatureColumn;
import dev.mlwb.analysis.data.Row;
import dev.mlwb.analysis.data.Sql;
import dev.mlwb.analysis.evidence.QualityRow;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Nulls, ranges and types of a comparison's features, in two scans: one over the reference
 * (null counts, min and max of every feature) and one over the current dataset (null counts,
 * values below and above the reference's range, text values that are not numbers).
 */
final class QualityProfile {
    private QualityProfile() {
    }

    static List<QualityRow> rows(Database db, ComparedPair p) throws SQLException {
        List<FeatureColumn> ref = p.reference().features();
        StringBuilder q = new StringBuilder("SELECT count(*) AS n");
        for (int i = 0; i < ref.size(); i++) {
            FeatureColumn f = ref.get(i);
            q.append(", count(").append(Sql.ident(f.name())).append(") AS nn").append(i);
            if (f.numeric()) {
                q.append(", min(").append(f.expression()).append(") AS lo").append(i)
                        .append(", max(").append(f.expression()).append(") AS hi").append(i);
            }
        }
        Row r = db.first(q.append(" FROM ").append(p.reference().view()).toString()).orElseThrow();
        List<Object> params = new ArrayList<>();
        Set<String> asked = new HashSet<>();
        StringBuilder c = new StringBuilder("SELECT count(*) AS n");
        for (int i = 0; i < ref.size(); i++) {
            FeatureColumn f = ref.get(i);
            Optional<FeatureColumn> g = p.current().feature(f.name());
            if (g.isEmpty()) {
                continue;
            }
            String col = Sql.ident(f.name());
            c.append(", count(").append(col).append(") AS nn").append(i);
            if (f.numeric() && g.get().numeric() && !r.isNull("lo" + i)) {
                c.append(", count(*) FILTER (WHERE ").append(g.get().expression()).append(" < CAST(? AS DOUBLE)) AS below")
                        .append(i).append(", count(*) FILTER (WHERE ").append(g.get().expression())
                        .append(" > CAST(? AS DOUBLE)) AS above").append(i);
                params.add(r.dbl("lo" + i));
                params.add(r.dbl("hi" + i));
                asked.add("below" + i);
                asked.add("above" + i);
            } else if (f.numeric() && !g.get().numeric()) {
                c.append(", count(*) FILTER (WHERE ").append(col).append(" IS NOT NULL AND TRY_CAST(").append(col)
                        .append(" AS DOUBLE) IS NULL) AS bad").append(i);
                asked.add("bad" + i);
            }
        }
        Row k = db.first(c.append(" FROM ").append(p.current().view()).toString(), params.toArray()).orElseThrow();
        List<QualityRow> out = new ArrayList<>();
        for (int i = 0; i < ref.size(); i++) {
            out.add(row(ref.get(i), p.current().feature(ref.get(i).name()), r, k, i, asked));
        }
        return out;
    }

    private static QualityRow row(FeatureColumn f, Optional<FeatureColumn> g, Row r, Row k, int i, Set<String> asked) {
        long rn = r.lng("n");
        long cn = k.lng("n");
        double refNull = rn > 0 ? 1 - (double) r.lng("nn" + i) / rn : Double.NaN;
        double lo = f.numeric() ? r.dbl("lo" + i) : Double.NaN;
        double hi = f.numeric() ? r.dbl("hi" + i) : Double.NaN;
        if (g.isEmpty()) {
            return new QualityRow(f.name(), f.sqlType(), "(missing)", true, refNull, 1.0, lo, hi, 0, 0, Double.NaN, 0,
                    "critical");
        }
        double curNull = cn > 0 ? 1 - (double) k.lng("nn" + i) / cn : Double.NaN;
        boolean changed = g.get().kind() != f.kind();
        long below = asked.contains("below" + i) ? k.lng("below" + i) : 0;
        long above = asked.contains("above" + i) ? k.lng("above" + i) : 0;
        long bad = asked.contains("bad" + i) ? k.lng("bad" + i) : 0;
        double outside = f.numeric() && !changed && cn > 0 ? (double) (below + above) / cn : Double.NaN;
        return new QualityRow(f.name(), f.sqlType(), g.get().sqlType(), changed, refNull, curNull, lo, hi, below, above,
                outside, bad, "ok");
    }
}
