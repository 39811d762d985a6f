package dev.mlwb.analysis.checks.data;

import dev.mlwb.analysis.data.Database;
import dev.mlwb.analysis.data.FeatureColumn;
import dev.mlwb.analysis.data.Row;
import dev.mlwb.analysis.data.Table;
import dev.mlwb.analysis.evidence.CategoryCount;
import dev.mlwb.analysis.evidence.UnseenCategories;
import dev.mlwb.analysis.profile.CategoricalProfile;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts a dataset's categories against a known set: from the profiles' category counts when both are
 * counted ({@link #fromProfiles}), else in SQL (per category rows, and whether it is known) for a column
 * of identifiers or a numeric column a vocabulary lists.
 */
final class UnseenQueries {
    private static final int UNSEEN_SHOWN = 15;
    private static final int KNOWN_SHOWN = 10;

    private UnseenQueries() {
    }

    static UnseenCategories againstVocabulary(Database db, Table dataset, FeatureColumn f, Set<String> known,
                                              String from) throws SQLException {
        String k = "(SELECT DISTINCT unnest(from_json(?, '[\"VARCHAR\"]')) AS v)";
        return count(db, dataset, f, k, from, Json.stringArray(List.copyOf(known)));
    }

    static UnseenCategories againstReference(Database db, Table dataset, FeatureColumn f, Table reference)
            throws SQLException {
        String col = UnseenCategoryCheck.text(f);
        String k = "(SELECT DISTINCT " + col + " AS v FROM " + reference.view() + " WHERE " + col + " IS NOT NULL)";
        return count(db, dataset, f, k, reference.name(), null);
    }

    private static UnseenCategories count(Database db, Table dataset, FeatureColumn f, String known, String from,
                                          Object param) throws SQLException {
        String col = UnseenCategoryCheck.text(f);
        String joined = "(SELECT c.v, c.n, k.v IS NULL AS unseen FROM (SELECT " + col + " AS v, count(*) AS n FROM "
                + dataset.view() + " WHERE " + col + " IS NOT NULL GROUP BY 1) c LEFT JOIN " + known
                + " k ON c.v = k.v)";
        Object[] params = param == null ? new Object[0] : new Object[] {param};
        Row t = db.first("SELECT coalesce(sum(n), 0) AS nonnull, coalesce(sum(n) FILTER (WHERE unseen), 0) AS unseen_rows, "
                + "count(*) AS distinct_current, count(*) FILTER (WHERE unseen) AS distinct_unseen, (SELECT count(*) FROM "
                + known + ") AS distinct_known FROM " + joined, concat(params, params)).orElseThrow();
        long rows = dataset.rows();
        List<CategoryCount> values = new ArrayList<>();
        for (Row r : db.query("(SELECT v, n, unseen FROM " + joined + " WHERE unseen ORDER BY n DESC, v LIMIT "
                + UNSEEN_SHOWN + ") UNION ALL (SELECT v, n, unseen FROM " + joined + " WHERE NOT unseen ORDER BY n DESC, v "
                + "LIMIT " + KNOWN_SHOWN + ")", concat(params, params))) {
            values.add(new CategoryCount(r.str("v", ""), r.lng("n"), share(r.lng("n"), rows),
                    Boolean.TRUE.equals(r.get("unseen"))));
        }
        long nonNull = t.lng("nonnull");
        long distinct = t.lng("distinct_current");
        boolean idLike = CategoricalProfile.identifierLike(distinct, nonNull);
        long unseenRows = t.lng("unseen_rows");
        String title = f.name() + " in " + dataset.name() + " against " + from;
        return new UnseenCategories(title, f.name(), dataset.name(), from, rows, unseenRows, share(unseenRows, rows),
                t.lng("distinct_known"), distinct, t.lng("distinct_unseen"), idLike, values);
    }

    /**
     * The same evidence from category counts: the dataset's profile, and the known categories (a
     * vocabulary's, or those the reference's profile counted).
     */
    static UnseenCategories fromProfiles(Table dataset, FeatureColumn f, CategoricalProfile current, Set<String> known,
                                         long distinctKnown, String from) {
        long rows = dataset.rows();
        long unseenRows = 0;
        long distinctUnseen = 0;
        List<CategoryCount> unseen = new ArrayList<>();
        List<CategoryCount> seen = new ArrayList<>();
        for (Map.Entry<String, Long> e : current.counts().entrySet()) {
            boolean isUnseen = !known.contains(e.getKey());
            if (isUnseen) {
                unseenRows += e.getValue();
                distinctUnseen++;
            }
            List<CategoryCount> list = isUnseen ? unseen : seen;
            if (list.size() < (isUnseen ? UNSEEN_SHOWN : KNOWN_SHOWN)) {
                list.add(new CategoryCount(e.getKey(), e.getValue(), share(e.getValue(), rows), isUnseen));
            }
        }
        List<CategoryCount> values = new ArrayList<>(unseen);
        values.addAll(seen);
        String title = f.name() + " in " + dataset.name() + " against " + from;
        return new UnseenCategories(title, f.name(), dataset.name(), from, rows, unseenRows, share(unseenRows, rows),
                distinctKnown, current.distinct(), distinctUnseen, current.identifierLike(), values);
    }

    private static double share(long n, long total) {
        return total > 0 ? (double) n / total : Double.NaN;
    }

    private static Object[] concat(Object[] a, Object[] b) {
        Object[] out = new Object[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
