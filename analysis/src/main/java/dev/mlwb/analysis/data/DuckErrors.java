package dev.mlwb.analysis.data;

import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns DuckDB's multi-line reader errors into a location and a one-line problem. */
final class DuckErrors {
    private static final Pattern LINE = Pattern.compile("(?i)\\bLine:?\\s+(\\d+)");
    private static final Pattern PREFIX = Pattern.compile("^[A-Za-z ]+ Error:\\s*");

    private DuckErrors() {
    }

    /** {@code line N} when DuckDB names a line. */
    static Optional<String> location(SQLException e) {
        Matcher m = LINE.matcher(String.valueOf(e.getMessage()));
        return m.find() ? Optional.of("line " + m.group(1)) : Optional.empty();
    }

    /** The problem in one line: the error's first sentence and, for CSV errors, DuckDB's explanation. */
    static String problem(SQLException e) {
        String msg = String.valueOf(e.getMessage()).strip();
        String[] lines = msg.split("\\R");
        String first = PREFIX.matcher(lines[0].strip()).replaceFirst("");
        if (first.matches("(?i)CSV Error on Line:?\\s*\\d+.*") && lines.length > 1) {
            for (int i = 1; i < lines.length; i++) {
                String l = lines[i].strip();
                if (!l.isEmpty() && !l.startsWith("Original Line") && !l.startsWith("Possible")
                        && !l.startsWith("*") && !l.startsWith("\"")) {
                    return shorten(l);
                }
            }
        }
        return shorten(first);
    }

    private static String shorten(String s) {
        return s.length() > 300 ? s.substring(0, 297) + "..." : s;
    }
}
