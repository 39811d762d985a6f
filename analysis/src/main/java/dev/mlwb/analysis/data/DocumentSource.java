package dev.mlwb.analysis.data;

import dev.mlwb.analysis.bundle.SourceSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A source read as a JSON document rather than a table ({@code schemas}, {@code environments},
 * {@code vocabularies}): its manifest entry and the files, already checked to lie inside the bundle.
 * Documents that were not files (MLflow runs) were read into a DuckDB table at load time.
 *
 * @param table the DuckDB table holding what the loader read (MLflow runs), when not files
 */
public record DocumentSource(SourceSpec spec, List<Path> files, List<String> shownFiles, Optional<String> table) {
    public DocumentSource {
        files = List.copyOf(files);
        shownFiles = List.copyOf(shownFiles);
    }

    public DocumentSource(SourceSpec spec, List<Path> files, List<String> shownFiles) {
        this(spec, files, shownFiles, Optional.empty());
    }
}
