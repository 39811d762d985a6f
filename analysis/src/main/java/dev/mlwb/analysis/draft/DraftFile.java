package dev.mlwb.analysis.draft;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A file found in the folder being drafted: its columns (what the form offers to map) and the
 * sources guessed from it, or why it could not be placed.
 *
 * @param path relative to the folder, with forward slashes
 * @param rows rows in the file, or -1 for documents
 * @param columns column → DuckDB type, in file order (empty for documents)
 * @param sources the sources guessed from the file (none when unplaced)
 * @param unplaced why no role fits, when none does
 * @param partOf the source that reads this file with others (saved Prometheus responses of one folder)
 */
public record DraftFile(String path, long rows, Map<String, String> columns, List<DraftSource> sources,
                        Optional<String> unplaced, Optional<String> partOf) {
    public DraftFile {
        columns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        sources = List.copyOf(sources);
    }

    public DraftFile(String path, long rows, Map<String, String> columns, List<DraftSource> sources,
                     Optional<String> unplaced) {
        this(path, rows, columns, sources, unplaced, Optional.empty());
    }

    /** Whether no source reads the file. */
    public boolean isUnplaced() {
        return sources.isEmpty() && partOf.isEmpty();
    }

    /** This file with its sources replaced (an edit in the form). */
    public DraftFile withSources(List<DraftSource> newSources) {
        return new DraftFile(path, rows, columns, newSources, newSources.isEmpty()
                ? Optional.of(unplaced.orElse("left out by hand")) : Optional.empty(), partOf);
    }
}
