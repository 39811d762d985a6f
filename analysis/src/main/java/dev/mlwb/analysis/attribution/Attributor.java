package dev.mlwb.analysis.attribution;

import dev.mlwb.analysis.data.Database;
import dev.mlwb.analysis.data.Row;
import dev.mlwb.analysis.data.Sql;
import dev.mlwb.analysis.data.Table;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs an {@link AttributionQuery}: one statement computes, per column and value, the numerator and denominator
 * sums of both groups (the 200 largest values of a column kept, the rest lumped together); the decomposition of
 * {@link Contribution} is then exact arithmetic on those sums.
 */
public final class Attributor {
    static final int VALUES_PER_COLUMN = 200;
    static final String OTHER = "(other values)";

    private Attributor() {
    }

    public static Attribution run(Database db, AttributionQuery q) throws SQLException {
        List<Object> params = new ArrayList<>();
        String base = base(q, params);
        StringBuilder per = new StringBuilder();
        for (int k = 0; k < q.dimensions().size(); k++) {
            per.append(k == 0 ? "" : " UNION ALL ").append("SELECT __g, ").append(k).append(" AS k, d").append(k)
                    .append(" AS v, sum(__n) AS n, sum(__d) AS d FROM base GROUP BY ALL");
        }
        String sql = "WITH base AS (" + base + "), per AS (" + per + "), wide AS (SELECT k, v, "
                + "sum(n) FILTER (WHERE __g = 'c') AS cn, sum(d) FILTER (WHERE __g = 'c') AS cd, "
                + "sum(n) FILTER (WHERE __g = 'b') AS bn, sum(d) FILTER (WHERE __g = 'b') AS bd FROM per GROUP BY k, v), "
                + "ranked AS (SELECT *, row_number() OVER (PARTITION BY k ORDER BY coalesce(cd, 0) + coalesce(bd, 0) DESC, "
                + "v) AS rk FROM wide) SELECT k, CASE WHEN rk <= " + VALUES_PER_COLUMN + " THEN v ELSE "
                + Sql.string(OTHER) + " END AS v, coalesce(sum(cn), 0) AS cn, coalesce(sum(cd), 0) AS cd, "
                + "coalesce(sum(bn), 0) AS bn, coalesce(sum(bd), 0) AS bd FROM ranked GROUP BY ALL ORDER BY k, v";
        Map<Integer, List<Row>> byColumn = new LinkedHashMap<>();
        if (!q.dimensions().isEmpty()) {
            for (Row r : db.query(sql, params.toArray())) {
                byColumn.computeIfAbsent((int) r.lng("k"), x -> new ArrayList<>()).add(r);
            }
        }
        return decompose(q, byColumn);
    }

    /** The rows of both groups: {@code __g} ('c' or 'b'), {@code __n}, {@code __d}, and one {@code dK} per column. */
    private static String base(AttributionQuery q, List<Object> params) {
        StringBuilder cols = new StringBuilder();
        for (int k = 0; k < q.dimensions().size(); k++) {
            cols.append(", ").append(Sql.sliceValue(q.dimensions().get(k))).append(" AS d").append(k);
        }
        String values = "CAST(" + q.metric().numerator() + " AS DOUBLE) AS __n, CAST(" + q.metric().denominator()
                + " AS DOUBLE) AS __d" + cols;
        Table t = q.current();
        return switch (q.comparison()) {
            case ARMS -> {
                params.add(q.currentArm());
                params.add(q.currentArm());
                params.add(q.baselineArm());
                String s = "SELECT CASE WHEN CAST(__arm AS VARCHAR) = ? THEN 'c' ELSE 'b' END AS __g, " + values
                        + " FROM " + t.view() + " WHERE CAST(__arm AS VARCHAR) IN (?, ?)";
                if (q.range().isPresent()) {
                    s += " AND __ts >= " + Sql.timestampParam() + " AND __ts < " + Sql.timestampParam();
                    params.add(micros(q.range().get().start()));
                    params.add(micros(q.range().get().end()));
                }
                yield s;
            }
            case BEFORE -> {
                params.add(micros(q.start()));
                params.add(micros(q.before().orElseThrow().start()));
                params.add(micros(q.range().orElseThrow().end()));
                String s = "SELECT CASE WHEN __ts >= " + Sql.timestampParam() + " THEN 'c' ELSE 'b' END AS __g, "
                        + values + " FROM " + t.view() + " WHERE __ts >= " + Sql.timestampParam() + " AND __ts < "
                        + Sql.timestampParam();
                if (!q.currentArm().isEmpty()) {
                    s += " AND CAST(__arm AS VARCHAR) = ?";
                    params.add(q.currentArm());
                }
                yield s;
            }
            case DATASETS -> "SELECT 'b' AS __g, " + values + " FROM " + q.reference().view()
                    + " UNION ALL SELECT 'c' AS __g, " + values + " FROM " + t.view();
        };
    }

    private static long micros(Instant t) {
        return t.getEpochSecond() * 1_000_000L + t.getNano() / 1000;
    }

    static Attribution decompose(AttributionQuery q, Map<Integer, List<Row>> byColumn) {
        double cn = 0;
        double cd = 0;
        double bn = 0;
        double bd = 0;
        List<Row> first = byColumn.isEmpty() ? List.of() : byColumn.values().iterator().next();
        for (Row r : first) {
            cn += r.dbl("cn");
            cd += r.dbl("cd");
            bn += r.dbl("bn");
            bd += r.dbl("bd");
        }
        double rc = cd > 0 ? cn / cd : Double.NaN;
        double rb = bd > 0 ? bn / bd : Double.NaN;
        double diff = rc - rb;
        double avg = (rc + rb) / 2;
        List<Contribution> out = new ArrayList<>();
        for (Map.Entry<Integer, List<Row>> e : byColumn.entrySet()) {
            for (Row r : e.getValue()) {
                Contribution c = Decomposition.of(q.dimensions().get(e.getKey()), r.str("v", ""), r.dbl("cn"),
                        r.dbl("cd"), r.dbl("bn"), r.dbl("bd"), cd, bd, avg, diff);
                if (c != null) {
                    out.add(c);
                }
            }
        }
        double sign = q.direction() != 0 ? q.direction() : diff < 0 ? -1 : 1;
        boolean directed = q.direction() != 0 || Double.isFinite(diff) && diff != 0;
        out.sort(Comparator.comparingDouble((Contribution c) -> directed ? -sign * c.excess()
                : -Math.abs(c.excess())).thenComparing(Contribution::slice));
        return new Attribution(q.metric().key(), q.metric().label(), q.metric().percent(), q.currentLabel(),
                q.baselineLabel(), rc, rb, diff, q.dimensions(), (int) sign, out);
    }
}
