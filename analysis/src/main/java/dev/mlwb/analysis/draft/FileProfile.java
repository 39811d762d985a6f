package dev.mlwb.analysis.draft;

import dev.mlwb.analysis.bundle.SourceFormat;
import java.util.List;
import java.util.Optional;

/**
 * One file (or MLflow folder) found under the folder being drafted, with what the profiler learnt.
 *
 * @param path the path relative to the folder, with forward slashes
 * @param format the format read
 * @param document what a JSON document (or folder) is, when it is not a table
 * @param rows rows in the whole file (tables), or -1
 * @param columns the columns of a table, profiled from a sample of its rows
 * @param problem why the file could not be read, if it could not
 */
record FileProfile(String path, Optional<SourceFormat> format, Optional<DocumentKind> document, long rows,
                   List<ColumnProfile> columns, Optional<String> problem) {

    /** Documents and folders that map onto a role by their structure rather than their columns. */
    enum DocumentKind { SCHEMAS, VOCABULARIES, ENVIRONMENTS, OTLP_LOGS, PROMETHEUS, MLFLOW }

    FileProfile {
        columns = List.copyOf(columns);
    }

    static FileProfile table(String path, SourceFormat format, long rows, List<ColumnProfile> columns) {
        return new FileProfile(path, Optional.of(format), Optional.empty(), rows, columns, Optional.empty());
    }

    static FileProfile document(String path, SourceFormat format, DocumentKind kind) {
        return new FileProfile(path, Optional.of(format), Optional.of(kind), -1, List.of(), Optional.empty());
    }

    static FileProfile unreadable(String path, Optional<SourceFormat> format, String problem) {
        return new FileProfile(path, format, Optional.empty(), -1, List.of(), Optional.of(problem));
    }

    Names names() {
        return Names.of(path);
    }

    Optional<ColumnProfile> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** The file name without folders and extensions ({@code serving_by_minute}). */
    String stem() {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
