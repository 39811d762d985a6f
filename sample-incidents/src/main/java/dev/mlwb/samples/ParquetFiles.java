package dev.mlwb.samples;

import dev.mlwb.analysis.data.Database;
import dev.mlwb.analysis.data.Sql;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

/**
 * Writes a generator's rows as Parquet through DuckDB: the rows go to a temporary CSV first, then
 * one single-threaded {@code COPY} writes the Parquet file, so the same rows give the same bytes.
 */
final class ParquetFiles {
    private ParquetFiles() {
    }

    /**
     * @param lines a CSV header and rows
     * @param types DuckDB column types by name, for columns whose inferred type is not the intended one
     */
    static void write(Path file, List<String> lines, java.util.Map<String, String> types) throws IOException {
        Files.createDirectories(file.getParent());
        Path csv = Files.createTempFile("mlwb-sample", ".csv");
        try (Database db = Database.inMemory()) {
            TextFiles.write(csv, lines);
            db.execute("SET threads = 1");
            String typeList = types.isEmpty() ? "" : ", types = {" + String.join(", ", types.entrySet().stream()
                    .map(e -> Sql.string(e.getKey()) + ": " + Sql.string(e.getValue())).toList()) + "}";
            db.execute("COPY (SELECT * FROM read_csv(" + Sql.string(csv.toString()) + ", header = true" + typeList
                    + ")) TO " + Sql.string(file.toString()) + " (FORMAT parquet, COMPRESSION zstd)");
        } catch (SQLException e) {
            throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(csv);
        }
    }
}
