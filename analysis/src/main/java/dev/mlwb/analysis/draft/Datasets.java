package dev.mlwb.analysis.draft;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Dataset names from a file's path: {@code training/conversion_features.parquet} is {@code training},
 * {@code features/canary_inputs.jsonl} is {@code canary}, {@code predictions/production_scores.csv}
 * is {@code production}; otherwise the file's own words ({@code offline-recompute}).
 */
final class Datasets {
    private static final Set<String> BASELINE = Set.of("baseline", "control");
    private static final Set<String> CANARY = Set.of("canary", "treatment", "candidate", "challenger");
    private static final Set<String> GENERIC = Set.of("features", "feature", "data", "part", "predictions", "scores",
            "output", "export", "file", "table", "dataset", "snapshot", "log");

    private Datasets() {
    }

    /** The standard features dataset a path points at: training, serving, baseline or canary. */
    static Optional<String> features(FileProfile f) {
        for (List<String> words : pathWords(f)) {
            for (String w : words) {
                if (BASELINE.contains(w)) {
                    return Optional.of("baseline");
                }
                if (CANARY.contains(w)) {
                    return Optional.of("canary");
                }
                if (Words.TRAINING.contains(w)) {
                    return Optional.of("training");
                }
                if (Words.SERVING.contains(w)) {
                    return Optional.of("serving");
                }
            }
        }
        return Optional.empty();
    }

    /** {@code production} for a path that says so, for the offline-online gap. */
    static Optional<String> predictions(FileProfile f) {
        for (List<String> words : pathWords(f)) {
            if (words.stream().anyMatch(Words.PRODUCTION::contains)) {
                return Optional.of("production");
            }
        }
        return Optional.empty();
    }

    /** The file's own words as a name; a generic file name takes its folder's words. */
    static String slug(FileProfile f) {
        Names stem = Names.of(f.stem());
        if (stem.words().isEmpty() || GENERIC.containsAll(stem.words()) || stem.words().stream().allMatch(w -> w.matches("\\d+"))) {
            List<List<String>> words = pathWords(f);
            if (words.size() > 1 && !words.get(1).isEmpty()) {
                return String.join("-", words.get(1));
            }
        }
        return stem.slug();
    }

    /** The stem's words first, then each folder's, nearest first. */
    private static List<List<String>> pathWords(FileProfile f) {
        String[] parts = f.path().split("/");
        java.util.ArrayList<List<String>> out = new java.util.ArrayList<>();
        out.add(Names.of(f.stem()).words());
        for (int i = parts.length - 2; i >= 0; i--) {
            out.add(Names.of(parts[i]).words());
        }
        return out;
    }
}
