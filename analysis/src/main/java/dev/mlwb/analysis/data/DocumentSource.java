package dev.mlwb.analysis.data;

import dev.mlwb.analysis.bundle.SourceSpec;
import java.nio.file.Path;
import java.util.List;

/**
 * A source read as a JSON document rather than a table ({@code schemas}, {@code environments},
 * {@code vocabularies}): its manifest entry and the files, already checked to lie inside the bundle.
 */
public record DocumentSource(SourceSpec spec, List<Path> files, List<String> shownFiles) {
    public DocumentSource {
        files = List.copyOf(files);
        shownFiles = List.copyOf(shownFiles);
    }
}
