package dev.mlwb.analysis.data;

import dev.mlwb.analysis.bundle.ValueKind;
import java.util.Optional;

/**
 * The SQL expressions that turn a user's column into its canonical form. Timestamps become UTC
 * {@code TIMESTAMP}s (a value without an offset is read in the session time zone, which the loader
 * sets to the manifest's {@code timezone}); labels become 0/1; scores and numbers DOUBLE; keys text.
 * A value that cannot be converted becomes NULL, which the loader reports as an error with the row.
 */
final class Normalise {
    private static final String EPOCH_NUMBER = "-?[0-9]+(\\.[0-9]+)?";

    private Normalise() {
    }

    /**
     * The normalising expression, or empty if a column of this type can never hold such values.
     *
     * @param utcSession whether the session time zone (the manifest's {@code timezone}) is UTC
     */
    static Optional<String> expression(ValueKind kind, String column, String type, boolean utcSession) {
        String c = Sql.ident(column);
        return switch (kind) {
            case TIMESTAMP -> timestamp(c, type, utcSession);
            case LABEL -> label(c, type);
            case SCORE, NUMBER -> DuckTypes.isNumeric(type) || DuckTypes.isText(type) || DuckTypes.isBoolean(type)
                    ? Optional.of("TRY_CAST(" + c + " AS DOUBLE)") : Optional.empty();
            case TEXT -> DuckTypes.isNested(type) ? Optional.empty() : Optional.of("CAST(" + c + " AS VARCHAR)");
        };
    }

    /** The condition under which a non-null value failed to convert (or is out of range). */
    static String invalid(ValueKind kind, String column, String normalised) {
        String base = Sql.ident(column) + " IS NOT NULL AND (" + normalised + ") IS NULL";
        if (kind == ValueKind.SCORE) {
            return "(" + base + ") OR (" + normalised + ") < 0 OR (" + normalised + ") > 1 OR isnan(" + normalised + ")";
        }
        return base;
    }

    /** Words for what a valid value looks like, for error messages. */
    static String expected(ValueKind kind) {
        return switch (kind) {
            case TIMESTAMP -> "a timestamp (ISO-8601 with or without offset, a date, or epoch seconds/milliseconds)";
            case LABEL -> "a label (0/1, true/false, yes/no)";
            case SCORE -> "a probability between 0 and 1";
            case NUMBER -> "a number";
            case TEXT -> "text";
        };
    }

    /**
     * Time-zone rules (ICU) cost more per value than reading a Parquet column, and views convert on
     * every query: an instant's UTC wall clock comes from its epoch microseconds instead, and a naive
     * timestamp read in UTC is already UTC (both give the same values as the general conversions).
     */
    private static Optional<String> timestamp(String c, String type, boolean utcSession) {
        if (DuckTypes.isTimestampWithZone(type)) {
            return Optional.of("CASE WHEN isfinite(" + c + ") THEN make_timestamp(epoch_us(" + c + ")) ELSE timezone('UTC', "
                    + c + ") END");
        }
        if (utcSession && type.equalsIgnoreCase("TIMESTAMP")) {
            return Optional.of(c);
        }
        if (DuckTypes.isTemporal(type)) {
            return Optional.of("timezone('UTC', CAST(" + c + " AS TIMESTAMPTZ))");
        }
        if (DuckTypes.isNumeric(type)) {
            return Optional.of(epoch("CAST(" + c + " AS DOUBLE)"));
        }
        if (DuckTypes.isText(type)) {
            String t = "trim(CAST(" + c + " AS VARCHAR))";
            return Optional.of("CASE WHEN regexp_full_match(" + t + ", '" + EPOCH_NUMBER + "') THEN "
                    + epoch("TRY_CAST(" + t + " AS DOUBLE)")
                    + " ELSE timezone('UTC', TRY_CAST(" + t + " AS TIMESTAMPTZ)) END");
        }
        return Optional.empty();
    }

    /** Epoch seconds, milliseconds or microseconds told apart by magnitude, as in TimeParsing. */
    private static String epoch(String x) {
        return "timezone('UTC', to_timestamp(CASE WHEN abs(" + x + ") >= 1e14 THEN " + x + " / 1e6 WHEN abs(" + x
                + ") >= 1e11 THEN " + x + " / 1e3 ELSE " + x + " END))";
    }

    private static Optional<String> label(String c, String type) {
        if (DuckTypes.isBoolean(type)) {
            return Optional.of("CAST(" + c + " AS INTEGER)");
        }
        if (DuckTypes.isNumeric(type)) {
            return Optional.of("CASE WHEN CAST(" + c + " AS DOUBLE) = 1 THEN 1 WHEN CAST(" + c
                    + " AS DOUBLE) = 0 THEN 0 END");
        }
        if (DuckTypes.isText(type)) {
            String t = "lower(trim(CAST(" + c + " AS VARCHAR)))";
            return Optional.of("CASE WHEN " + t + " IN ('1', '1.0', 'true', 't', 'yes', 'y') THEN 1 WHEN " + t
                    + " IN ('0', '0.0', 'false', 'f', 'no', 'n') THEN 0 END");
        }
        return Optional.empty();
    }
}
