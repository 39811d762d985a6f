package dev.mlwb.analysis.draft;

import dev.mlwb.analysis.bundle.Role;
import dev.mlwb.analysis.bundle.SourceFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One source of a drafted manifest: a file's role and how its columns map, with why each guess was
 * made (the comments written beside the keys).
 *
 * @param path the file, relative to the folder
 * @param role the guessed role
 * @param format the format to write (only written when the file name does not imply it)
 * @param name the source's name
 * @param dataset the dataset of a features or predictions source
 * @param columns column key ({@code timestamp}, {@code arm}, ...) → the file's column
 * @param slices slice columns
 * @param metrics metric kind → column (or, for saved Prometheus responses, file)
 * @param featureTimestamps feature → column holding when it was computed
 * @param features the features, when not every unmapped column is one
 * @param comment what the file is and why it got this role
 * @param why a comment per key: {@code timestamp}, {@code slices}, {@code metrics.requests}, ...
 * @param notes remarks on columns left out or worth checking
 * @param confidence how sure the guess is, in [0, 1] (low guesses are marked for review)
 */
public record DraftSource(String path, Role role, SourceFormat format, String name, Optional<String> dataset,
                          Map<String, String> columns, List<String> slices, Map<String, String> metrics,
                          Map<String, String> featureTimestamps, Optional<List<String>> features, String comment,
                          Map<String, String> why, List<String> notes, double confidence) {

    public DraftSource {
        columns = ordered(columns);
        slices = List.copyOf(slices);
        metrics = ordered(metrics);
        featureTimestamps = ordered(featureTimestamps);
        features = features.map(List::copyOf);
        why = ordered(why);
        notes = List.copyOf(notes);
    }

    private static <V> Map<String, V> ordered(Map<String, V> m) {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }

    /** This source with one column key mapped to {@code column}, or unmapped when empty. */
    public DraftSource withColumn(String key, Optional<String> column) {
        Map<String, String> c = new LinkedHashMap<>(columns);
        Map<String, String> w = new LinkedHashMap<>(why);
        column.ifPresentOrElse(col -> c.put(key, col), () -> c.remove(key));
        w.put(key, "chosen by hand");
        return new DraftSource(path, role, format, name, dataset, c, slices, metrics, featureTimestamps, features,
                comment, w, notes, confidence);
    }

    /** This source with its slice columns replaced. */
    public DraftSource withSlices(List<String> newSlices) {
        Map<String, String> w = new LinkedHashMap<>(why);
        w.put("slices", "chosen by hand");
        return new DraftSource(path, role, format, name, dataset, columns, newSlices, metrics, featureTimestamps,
                features, comment, w, notes, confidence);
    }

    /** This source with one metric kind mapped to {@code column}, or unmapped when empty. */
    public DraftSource withMetric(String kind, Optional<String> column) {
        Map<String, String> m = new LinkedHashMap<>(metrics);
        Map<String, String> w = new LinkedHashMap<>(why);
        column.ifPresentOrElse(col -> m.put(kind, col), () -> m.remove(kind));
        w.put("metrics." + kind, "chosen by hand");
        return new DraftSource(path, role, format, name, dataset, columns, slices, m, featureTimestamps, features,
                comment, w, notes, confidence);
    }

    /** This source with its dataset renamed. */
    public DraftSource withDataset(String newDataset) {
        Map<String, String> w = new LinkedHashMap<>(why);
        w.put("dataset", "chosen by hand");
        return new DraftSource(path, role, format, name, Optional.of(newDataset), columns, slices, metrics,
                featureTimestamps, features, comment, w, notes, confidence);
    }
}
