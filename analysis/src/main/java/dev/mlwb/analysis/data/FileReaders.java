package dev.mlwb.analysis.data;

import dev.mlwb.analysis.bundle.SourceFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * DuckDB's reader call for a list of files of one format: how every part of the workbench (the
 * loader, the draft profiler, previews) reads the user's CSV, Parquet and JSON files, so they all
 * see the same columns and types.
 */
public final class FileReaders {
    private FileReaders() {
    }

    /**
     * The table function reading {@code files}, e.g. {@code read_csv('a.csv', header = true, ...)}.
     *
     * @param sparse whether records may hold different keys (event logs): JSON readers then look at
     *     every record to find the columns, not only the first ones
     */
    public static String sql(SourceFormat format, List<Path> files, boolean sparse) {
        String list = files.size() == 1 ? Sql.string(files.get(0).toString())
                : "[" + files.stream().map(p -> Sql.string(p.toString())).collect(Collectors.joining(", ")) + "]";
        String union = files.size() > 1 ? ", union_by_name = true" : "";
        return switch (format) {
            case CSV -> "read_csv(" + list + ", header = true, nullstr = ['', 'null', 'NULL']" + union + ")";
            case PARQUET -> "read_parquet(" + list + union + ")";
            case JSONL -> "read_json(" + list + ", format = 'newline_delimited'" + (sparse ? ", sample_size = -1" : "")
                    + union + ")";
            case JSON -> "read_json(" + list + ", format = 'array'" + (sparse ? ", sample_size = -1" : "") + union + ")";
            default -> throw new IllegalArgumentException(format.key() + " files are not read by DuckDB's file readers");
        };
    }
}
