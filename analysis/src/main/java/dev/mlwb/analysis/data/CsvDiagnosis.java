package dev.mlwb.analysis.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * When DuckDB's CSV sniffer gives up (or reads a whole line as one column) because some line has
 * the wrong number of fields, this re-reads the file with the dialect fixed by its header line, so
 * that DuckDB names the offending line.
 */
final class CsvDiagnosis {
    private static final List<Character> DELIMITERS = List.of(',', ';', '\t', '|');

    private CsvDiagnosis() {
    }

    /** Whether a sniffed result looks like a failed split: one column whose name holds a delimiter. */
    static boolean looksUnsplit(java.util.Map<String, String> columns) {
        return columns.size() == 1 && DELIMITERS.stream().anyMatch(d -> columns.keySet().iterator().next().indexOf(d) >= 0);
    }

    /**
     * Reads the file with a fixed dialect and returns DuckDB's error about it, if any: the error
     * names the first line that does not fit the header.
     */
    static Optional<SQLException> diagnose(Database db, Path file) {
        Optional<String> header = firstLine(file);
        if (header.isEmpty()) {
            return Optional.empty();
        }
        char delimiter = DELIMITERS.stream().max(java.util.Comparator.comparingInt(d -> count(header.get(), d))).orElse(',');
        int fields = count(header.get(), delimiter) + 1;
        StringBuilder columns = new StringBuilder("{");
        for (int i = 0; i < fields; i++) {
            columns.append(i == 0 ? "" : ", ").append("'c").append(i).append("': 'VARCHAR'");
        }
        columns.append('}');
        try {
            db.query("SELECT count(*) FROM read_csv(" + Sql.string(file.toString()) + ", auto_detect = false, "
                    + "header = true, delim = " + Sql.string(String.valueOf(delimiter)) + ", quote = '\"', columns = "
                    + columns + ")");
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of(e);
        }
    }

    /** Delimiters outside double quotes. */
    private static int count(String line, char delimiter) {
        int n = 0;
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                n++;
            }
        }
        return n;
    }

    private static Optional<String> firstLine(Path file) {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().toLowerCase(Locale.ROOT).endsWith(".gz") ? new GZIPInputStream(raw) : raw;
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return Optional.ofNullable(r.readLine());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
