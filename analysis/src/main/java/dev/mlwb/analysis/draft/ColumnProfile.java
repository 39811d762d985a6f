package dev.mlwb.analysis.draft;

import java.util.List;

/**
 * What the profiler saw in one column of a sample of a file's rows: its DuckDB type and the shape
 * of its values. Shares are of the non-null values.
 *
 * @param name the column's name, as the file spells it
 * @param type the DuckDB type
 * @param family the kind of values
 * @param nonNull non-null values in the sample
 * @param distinct distinct values in the sample
 * @param min smallest value (numbers; epoch seconds for timestamps), NaN otherwise
 * @param max largest value, likewise
 * @param integral whether every number is a whole number
 * @param zeroOne share of values that are 0/1, booleans or true/false/yes/no words
 * @param timestampShare share of text values that read as a timestamp
 * @param spacedShare share of text values holding a space
 * @param identifierShare share of text values that look like identifiers ({@code job}, {@code replica_start})
 * @param levelShare share of text values that are log levels ({@code info}, {@code WARN})
 * @param avgLength average length of the values as text
 * @param top the most frequent values, most frequent first, with their counts in the sample
 */
record ColumnProfile(String name, String type, Family family, long nonNull, long distinct, double min, double max,
                     boolean integral, double zeroOne, double timestampShare, double spacedShare,
                     double identifierShare, double levelShare, double avgLength, List<ValueCount> top) {

    /** The kinds of values the guesser tells apart. */
    enum Family { NUMBER, TEXT, BOOLEAN, TIMESTAMP, OTHER }

    /** A value and how many sampled rows hold it. */
    record ValueCount(String value, long count) {
    }

    ColumnProfile {
        top = List.copyOf(top);
    }

    Names names() {
        return Names.of(name);
    }

    /** Distinct values per non-null value: 1 for a key, near 0 for a category. */
    double distinctRatio() {
        return nonNull == 0 ? 0 : (double) distinct / nonNull;
    }

    boolean numeric() {
        return family == Family.NUMBER;
    }

    boolean text() {
        return family == Family.TEXT;
    }

    /** The top values, as text. */
    List<String> topValues() {
        return top.stream().map(ValueCount::value).toList();
    }
}
