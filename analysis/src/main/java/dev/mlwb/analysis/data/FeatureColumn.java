package dev.mlwb.analysis.data;

/**
 * A feature of a features dataset.
 *
 * @param name the user's column name (quote it with {@link Sql#ident})
 * @param kind numeric or categorical
 * @param sqlType the DuckDB type of the column
 */
public record FeatureColumn(String name, Kind kind, String sqlType) {
    public enum Kind { NUMERIC, CATEGORICAL }

    public boolean numeric() {
        return kind == Kind.NUMERIC;
    }

    /** The column as a SQL expression of its kind: DOUBLE for numeric, VARCHAR for categorical. */
    public String expression() {
        return numeric() ? "CAST(" + Sql.ident(name) + " AS DOUBLE)" : "CAST(" + Sql.ident(name) + " AS VARCHAR)";
    }
}
