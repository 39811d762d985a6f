package dev.mlwb.analysis.profile;

import java.util.SortedMap;

/**
 * A numeric column of a part: its values counted exactly or on the column's shared fine edges, overall
 * and per time window.
 *
 * @param column the profiled column's name
 * @param rows rows of the part
 * @param nonNull rows with a value (NaN included)
 * @param nans NaN values (not in the distributions)
 * @param overall every value (but NaN)
 * @param windows per window start (epoch µs): the window's values
 */
public record NumericProfile(String column, long rows, long nonNull, long nans, Distribution overall,
                             SortedMap<Long, Window> windows) {

    /** One time window of a numeric column: its rows and values. */
    public record Window(long rows, long nonNull, Distribution values) {
    }

    public long nulls() {
        return rows - nonNull;
    }
}
