package dev.mlwb.analysis.checks.features;

import dev.mlwb.analysis.checks.data.ComparedPair;
import dev.mlwb.analysis.data.Database;
import dev.mlwb.analysis.data.FeatureColumn;
import dev.mlwb.analysis.data.Row;
import dev.mlwb.analysis.data.Sql;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The rows two datasets share: joined on entity and timestamp when both have timestamps (rows whose
 * key appears more than once in a dataset are left out, since they cannot be paired), else on
 * entity alone when each entity appears once in each dataset. Columns {@code e} (entity), {@code t}
 * (timestamp or NULL), and per shared feature {@code r<i>} and {@code c<i>}.
 *
 * @param relation the join as a parenthesised subquery
 * @param keys what the rows are joined on, in words
 */
record SkewJoin(ComparedPair pair, String relation, String keys) {

    /** The join of a pair, if its datasets have the keys for one. */
    static Optional<SkewJoin> of(Database db, ComparedPair p) throws SQLException {
        if (!p.reference().has("entity") || !p.current().has("entity")) {
            return Optional.empty();
        }
        StringBuilder cols = new StringBuilder("r.__entity AS e, ");
        String on = "r.__entity = c.__entity";
        String keys = "entity and timestamp";
        if (p.timed()) {
            cols.append("r.__ts AS t");
            on += " AND r.__ts = c.__ts";
        } else {
            if (!unique(db, p.reference().view()) || !unique(db, p.current().view())) {
                return Optional.empty();
            }
            cols.append("CAST(NULL AS TIMESTAMP) AS t");
            keys = "entity";
        }
        List<FeatureColumn> features = p.shared();
        for (int i = 0; i < features.size(); i++) {
            String name = Sql.ident(features.get(i).name());
            String cast = features.get(i).numeric() ? "DOUBLE" : "VARCHAR";
            cols.append(", CAST(r.").append(name).append(" AS ").append(cast).append(") AS r").append(i)
                    .append(", CAST(c.").append(name).append(" AS ").append(cast).append(") AS c").append(i);
        }
        String ref = p.timed() && duplicated(db, p.reference().view()) ? uniqueKeys(p.reference().view())
                : p.reference().view();
        String cur = p.timed() && duplicated(db, p.current().view()) ? uniqueKeys(p.current().view())
                : p.current().view();
        return Optional.of(new SkewJoin(p, "(SELECT " + cols + " FROM " + ref + " r JOIN " + cur + " c ON " + on + ")",
                keys));
    }

    /** Whether some entity and timestamp appear on more than one row. */
    private static boolean duplicated(Database db, String view) throws SQLException {
        return db.first("SELECT 1 FROM " + view + " GROUP BY __entity, __ts HAVING count(*) > 1 LIMIT 1").isPresent();
    }

    /** The rows of a view whose entity and timestamp no other row shares: duplicated keys cannot be paired. */
    private static String uniqueKeys(String view) {
        return "(SELECT * FROM " + view + " QUALIFY count(*) OVER (PARTITION BY __entity, __ts) = 1)";
    }

    private static boolean unique(Database db, String view) throws SQLException {
        Row r = db.first("SELECT count(__entity) AS n, count(DISTINCT __entity) AS d FROM " + view).orElseThrow();
        return r.lng("n") > 0 && r.lng("n") == r.lng("d");
    }

    /** SQL that is true where feature {@code i}'s two values differ beyond the tolerance (parameters atol, rtol). */
    static String mismatch(FeatureColumn f, int i) {
        String r = "r" + i;
        String c = "c" + i;
        if (!f.numeric()) {
            return r + " IS DISTINCT FROM " + c;
        }
        return "((" + r + " IS NULL) <> (" + c + " IS NULL) OR abs(" + c + " - " + r + ") > CAST(? AS DOUBLE) + "
                + "CAST(? AS DOUBLE) * abs(" + r + "))";
    }
}
