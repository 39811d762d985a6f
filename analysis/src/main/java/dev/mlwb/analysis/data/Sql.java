package dev.mlwb.analysis.data;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * SQL text helpers. Every identifier that reaches SQL goes through {@link #ident}; values are bound
 * as parameters, except where DuckDB cannot bind (file paths and names inside view definitions),
 * which go through {@link #string}.
 */
public final class Sql {
    private Sql() {
    }

    /** A quoted identifier: {@code my "col"} becomes {@code "my ""col"""}. */
    public static String ident(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** A comma-separated list of quoted identifiers. */
    public static String idents(Collection<String> names) {
        return names.stream().map(Sql::ident).collect(Collectors.joining(", "));
    }

    /** A string literal, for the few places DuckDB cannot bind a parameter (view definitions). */
    public static String string(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /** A column's value as slice text: missing values become {@code (missing)}. */
    public static String sliceValue(String column) {
        return "coalesce(CAST(" + ident(column) + " AS VARCHAR), '(missing)')";
    }

    /** A canonical timestamp column read back as epoch microseconds, for {@link Row#instant}. */
    public static String epochMicros(String expression) {
        return "epoch_us(" + expression + ")";
    }

    /** The SQL for a timestamp parameter bound as epoch microseconds ({@code ?} placeholder). */
    public static String timestampParam() {
        return "make_timestamp(CAST(? AS BIGINT))";
    }
}
