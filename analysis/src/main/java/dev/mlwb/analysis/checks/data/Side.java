package dev.mlwb.analysis.checks.data;

/**
 * One side of a distribution comparison: a SQL relation with a value column {@code v} (DOUBLE or
 * VARCHAR) and a time column {@code t} (NULL when the dataset has no timestamp).
 *
 * @param name the dataset's name, for people
 * @param relation a parenthesised subquery, safe to splice into SQL
 * @param timed whether {@code t} holds timestamps
 */
record Side(String name, String relation, boolean timed) {

    /** A column of a view as a side: {@code (SELECT expression AS v, __ts AS t FROM view WHERE filter)}. */
    static Side of(String name, String view, String expression, boolean timed, String filter) {
        String t = timed ? "__ts" : "CAST(NULL AS TIMESTAMP)";
        String where = filter.isEmpty() ? "" : " WHERE " + filter;
        return new Side(name, "(SELECT " + expression + " AS v, " + t + " AS t FROM " + view + where + ")", timed);
    }
}
