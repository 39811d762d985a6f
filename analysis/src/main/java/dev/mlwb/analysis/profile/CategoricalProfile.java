package dev.mlwb.analysis.profile;

import java.util.Map;
import java.util.SortedMap;

/**
 * A categorical column of a part: rows per category overall and per time window, or, for a column
 * whose values are mostly distinct (an identifier), only an estimate of how many distinct values it holds.
 *
 * @param column the profiled column's name
 * @param rows rows of the part
 * @param nonNull rows with a value
 * @param identifierLike most values distinct: categories not counted
 * @param distinct distinct values (exact when counted, else estimated)
 * @param counts rows per category, most frequent first (empty for an identifier)
 * @param windows per window start (epoch µs): the window's rows, non-null rows and rows per category
 */
public record CategoricalProfile(String column, long rows, long nonNull, boolean identifierLike, long distinct,
                                 Map<String, Long> counts, SortedMap<Long, Window> windows) {

    /** One time window of a categorical column. */
    public record Window(long rows, long nonNull, Map<String, Long> counts) {
    }

    /** Most values distinct: an identifier, not a category (the rule of the drift and unseen-category checks). */
    public static boolean identifierLike(long distinct, long nonNull) {
        return distinct > 50 && distinct > 0.5 * nonNull;
    }
}
