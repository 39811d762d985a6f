package dev.mlwb.analysis.checks.features;

import dev.mlwb.analysis.checks.data.ComparedPair;
import dev.mlwb.analysis.data.Database;
import dev.mlwb.analysis.data.FeatureColumn;
import dev.mlwb.analysis.data.Row;
import dev.mlwb.analysis.data.Sql;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The rows two datasets share, joined once into a DuckDB table: on entity and timestamp when both
 * have timestamps (rows whose key appears more than once in a dataset are left out, since they cannot
 * be paired), else on entity alone when each entity appears once in each dataset. Columns {@code e}
 * (entity), {@code t} (timestamp or NULL), and per shared feature {@code r<i>} and {@code c<i>}.
 *
 * <p>Datasets of more than {@value #FULL_ROWS} rows are joined on a sample: the rows whose entity hashes
 * to 0 modulo {@code modulus} in both datasets, the same entities on both sides, so that the sample
 * joins exactly as the whole datasets would on those entities ({@link #modulus}).
 *
 * @param relation the joined table, safe to splice
 * @param keys what the rows are joined on, in words
 * @param modulus 1 for the whole datasets, else the sampling modulus
 */
record SkewJoin(ComparedPair pair, List<FeatureColumn> features, String relation, String keys, long modulus) {
    static final long FULL_ROWS = 200_000;
    /** Values (rows × features) a sample aims at per side: 100,000 rows of 50 features, 10,000 of 500. */
    static final long SAMPLE_VALUES = 5_000_000;
    static final long MIN_SAMPLE_ROWS = 10_000;
    /** Features per joined table: a wide pair is joined in groups (the same sampled rows each time). */
    static final int FEATURES_PER_JOIN = 64;
    private static final AtomicInteger TABLES = new AtomicInteger();

    boolean sampled() {
        return modulus > 1;
    }

    /**
     * The sampling modulus for a pair: 1 (every row) up to {@value #FULL_ROWS} rows, else one that keeps about
     * {@value #SAMPLE_VALUES} values a side (at least {@value #MIN_SAMPLE_ROWS} rows).
     */
    static long modulus(ComparedPair p) {
        long largest = Math.max(p.reference().rows(), p.current().rows());
        if (largest <= FULL_ROWS) {
            return 1;
        }
        long rows = Math.max(MIN_SAMPLE_ROWS, SAMPLE_VALUES / Math.max(1, p.shared().size()));
        return Math.max(1, (largest + rows - 1) / rows);
    }

    /** The shared features in groups of at most {@value #FEATURES_PER_JOIN}. */
    static List<List<FeatureColumn>> groups(ComparedPair p) {
        List<List<FeatureColumn>> out = new java.util.ArrayList<>();
        List<FeatureColumn> shared = p.shared();
        for (int i = 0; i < shared.size(); i += FEATURES_PER_JOIN) {
            out.add(shared.subList(i, Math.min(shared.size(), i + FEATURES_PER_JOIN)));
        }
        return out;
    }

    /**
     * The join of a pair on the whole datasets (modulus 1) or a sample, with these features only (columns
     * {@code r<i>}, {@code c<i>} for the {@code i}-th of them), if its datasets have the keys for one.
     */
    static Optional<SkewJoin> of(Database db, ComparedPair p, long modulus, List<FeatureColumn> features)
            throws SQLException {
        if (!p.reference().has("entity") || !p.current().has("entity")) {
            return Optional.empty();
        }
        String ref = sample(p.reference().view(), modulus);
        String cur = sample(p.current().view(), modulus);
        StringBuilder cols = new StringBuilder("r.__entity AS e, ");
        String on = "r.__entity = c.__entity";
        String keys = "entity and timestamp";
        if (p.timed()) {
            cols.append("r.__ts AS t");
            on += " AND r.__ts = c.__ts";
        } else {
            if (!unique(db, ref) || !unique(db, cur)) {
                return Optional.empty();
            }
            cols.append("CAST(NULL AS TIMESTAMP) AS t");
            keys = "entity";
        }
        for (int i = 0; i < features.size(); i++) {
            FeatureColumn f = features.get(i);
            String name = Sql.ident(f.name());
            String cast = f.numeric() ? "DOUBLE" : "VARCHAR";
            cols.append(", CAST(r.").append(name).append(" AS ").append(cast).append(") AS r").append(i)
                    .append(", CAST(c.").append(name).append(" AS ").append(cast).append(") AS c").append(i);
        }
        if (p.timed()) {
            ref = uniqueKeys(ref);
            cur = uniqueKeys(cur);
        }
        String table = "skew_join_" + TABLES.incrementAndGet();
        db.execute("CREATE OR REPLACE TEMP TABLE " + table + " AS SELECT " + cols + " FROM " + ref + " r JOIN " + cur
                + " c ON " + on);
        return Optional.of(new SkewJoin(p, List.copyOf(features), table, keys, modulus));
    }

    /** Every row of a view, or the rows whose entity hashes to 0 modulo {@code modulus}. */
    private static String sample(String view, long modulus) {
        return modulus <= 1 ? view : "(SELECT * FROM " + view + " WHERE hash(__entity) % " + modulus + " = 0)";
    }

    /** The rows whose entity and timestamp no other row shares: duplicated keys cannot be paired. */
    private static String uniqueKeys(String relation) {
        return "(SELECT * FROM " + relation + " QUALIFY count(*) OVER (PARTITION BY __entity, __ts) = 1)";
    }

    private static boolean unique(Database db, String relation) throws SQLException {
        Row r = db.first("SELECT count(__entity) AS n, count(DISTINCT __entity) AS d FROM " + relation).orElseThrow();
        return r.lng("n") > 0 && r.lng("n") == r.lng("d");
    }

    /** Drops the joined table. */
    void drop(Database db) throws SQLException {
        db.execute("DROP TABLE IF EXISTS " + relation);
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
