package dev.mlwb.analysis.data;

import java.util.Locale;

/** Families of DuckDB column types, as {@code DESCRIBE} prints them. */
public final class DuckTypes {
    private DuckTypes() {
    }

    public static boolean isNumeric(String type) {
        String t = base(type);
        return switch (t) {
            case "TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT", "USMALLINT", "UINTEGER",
                 "UBIGINT", "UHUGEINT", "FLOAT", "DOUBLE", "REAL", "DECIMAL" -> true;
            default -> false;
        };
    }

    public static boolean isText(String type) {
        String t = base(type);
        return t.equals("VARCHAR") || t.equals("JSON") || t.startsWith("ENUM");
    }

    public static boolean isBoolean(String type) {
        return base(type).equals("BOOLEAN");
    }

    public static boolean isTemporal(String type) {
        String t = base(type);
        return t.startsWith("TIMESTAMP") || t.equals("DATE");
    }

    public static boolean isTimestampWithZone(String type) {
        String t = type.toUpperCase(Locale.ROOT);
        return t.equals("TIMESTAMP WITH TIME ZONE") || t.equals("TIMESTAMPTZ");
    }

    /** Nested types (lists, structs, maps) that cannot be features or keys. */
    public static boolean isNested(String type) {
        String t = type.toUpperCase(Locale.ROOT);
        return t.endsWith("[]") || t.startsWith("STRUCT") || t.startsWith("MAP") || t.startsWith("UNION")
                || t.matches(".*\\[\\d+]$");
    }

    private static String base(String type) {
        String t = type.toUpperCase(Locale.ROOT).trim();
        int paren = t.indexOf('(');
        return paren > 0 ? t.substring(0, paren) : t;
    }
}
