package dev.mlwb.analysis.draft;

import dev.mlwb.analysis.bundle.Role;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Guesses what a table is: for each role it could play, the best mapping of its columns and a score
 * for how well the file fits that role; the best-scoring role wins. Every rule reads names, types
 * and values together, so that other teams' spellings and layouts are recognised too.
 */
final class TableGuesser {
    private static final Set<String> LOG_WORDS = Set.of("log", "logs", "events", "event", "audit", "pipeline", "k8s",
            "alerts", "journal");
    private static final Set<String> METRIC_WORDS = Set.of("metrics", "metric", "monitoring", "prometheus", "stats",
            "timeseries", "series", "dashboard", "slo", "sli");
    private static final Set<String> LABEL_FILE_WORDS = Set.of("labels", "label", "outcomes", "truth", "ground",
            "targets", "conversions", "chargebacks");
    private static final Set<String> FEATURE_FILE_WORDS = Set.of("features", "feature", "snapshot", "snapshots",
            "inputs", "input", "training", "serving", "train", "baseline", "canary", "recompute", "store");

    private TableGuesser() {
    }

    /** The file's best role, or empty when no role fits (the reason is then {@link #unplaced}). */
    static Optional<Mapping> best(FileProfile f) {
        return candidates(f).stream().max(Comparator.comparingDouble(m -> m.score));
    }

    /** The best mapping of the file in one given role, if the role fits at all. */
    static Optional<Mapping> as(FileProfile f, Role role) {
        return candidates(f).stream().filter(m -> m.role == role).findFirst();
    }

    static List<Mapping> candidates(FileProfile f) {
        List<Mapping> out = new ArrayList<>();
        EventGuess.events(f).ifPresent(out::add);
        exposures(f).ifPresent(out::add);
        predictions(f).ifPresent(out::add);
        labels(f).ifPresent(out::add);
        MetricGuess.metrics(f).ifPresent(out::add);
        FeatureGuess.features(f).ifPresent(out::add);
        return out;
    }

    /** Why no role fits a table, in one line. */
    static String unplaced(FileProfile f) {
        List<String> names = f.columns().stream().map(ColumnProfile::name).toList();
        String cols = String.join(", ", names.subList(0, Math.min(8, names.size()))) + (names.size() > 8 ? ", ..." : "");
        if (f.rows() == 0) {
            return "has no rows (columns: " + cols + ")";
        }
        boolean time = f.columns().stream().anyMatch(c -> ColumnTraits.timestamp(c) >= 0.5);
        boolean key = f.columns().stream().anyMatch(c -> ColumnTraits.entity(c) >= 0.5);
        return "no role fits: " + (time ? "" : "no timestamp column, ") + (key ? "" : "no identifier column, ")
                + "no score, label, event type, item or metric column recognised (columns: " + cols + ")";
    }

    /** The row's own time: a timestamp column, preferring names of row times over names of feature times. */
    static Optional<ColumnProfile> rowTimestamp(Mapping m) {
        return m.best(c -> {
            double t = ColumnTraits.timestamp(c);
            if (t < 0.25) {
                return 0;
            }
            Names n = c.names();
            double named = (n.any(Words.ROW_TIME) ? 0.3 : 0) + (n.any(Words.TIME) ? 0.1 : 0);
            return t + named - (ColumnTraits.featureTimeName(c) ? 0.6 : 0);
        }, 0.5);
    }

    static boolean pathSays(FileProfile f, Set<String> words) {
        return f.names().any(words);
    }

    private static Optional<Mapping> exposures(FileProfile f) {
        Mapping m = new Mapping(f, Role.EXPOSURES);
        if (m.best(ColumnTraits::score, 0.5).isPresent()) {
            return Optional.empty();
        }
        Optional<ColumnProfile> ts = rowTimestamp(m);
        ts.ifPresent(c -> m.map("timestamp", c, "when the item was shown"));
        Optional<ColumnProfile> item = m.best(c -> (c.text() || c.numeric() && c.integral()) && c.distinct() >= 10
                && c.names().any(Words.ITEM) ? 1 : 0, 1);
        if (ts.isEmpty() || item.isEmpty()) {
            return Optional.empty();
        }
        m.map("item", item.get(), "the name says item");
        Optional<ColumnProfile> position = m.best(c -> c.numeric() && c.integral() && c.min() >= 0 && c.max() <= 1000
                && c.names().any(Words.POSITION) ? 1 : 0, 1);
        position.ifPresent(c -> m.map("position", c, "small whole numbers named like a position"));
        Optional<ColumnProfile> clicked = m.best(c -> ColumnTraits.label(c) > 0 ? (c.names().any(Words.CLICKED) ? 1 : 0.6)
                : 0, 0.6);
        clicked.ifPresent(c -> m.map("clicked", c, "0/1 values" + (c.names().any(Words.CLICKED) ? " named like a click" : "")));
        Optional<ColumnProfile> user = m.best(c -> (c.text() || c.numeric() && c.integral()) && c.names().any(Words.USER)
                ? 1 : 0, 1);
        user.ifPresent(c -> m.map("user", c, "the name says user"));
        if (position.isEmpty() && clicked.isEmpty()) {
            return Optional.empty();
        }
        m.score = 2.2 + (position.isPresent() ? 0.4 : 0) + (clicked.isPresent() ? 0.4 : 0) + (user.isPresent() ? 0.2 : 0);
        m.comment = "exposures: items shown over time" + (clicked.isPresent() ? ", with clicks" : "");
        return Optional.of(m);
    }

    private static Optional<Mapping> predictions(FileProfile f) {
        Mapping m = new Mapping(f, Role.PREDICTIONS);
        Optional<ColumnProfile> score = m.best(ColumnTraits::score, 0.5);
        if (score.isEmpty()) {
            return Optional.empty();
        }
        long continuous = f.columns().stream().filter(c -> c.numeric() && !c.integral()).count();
        boolean named = ColumnTraits.score(score.get()) >= 1;
        if (!named && continuous > 2) {
            return Optional.empty();
        }
        m.map("score", score.get(), named ? "probabilities in [0, 1], named like a score"
                : "the only continuous column in [0, 1]");
        rowTimestamp(m).ifPresent(c -> m.map("timestamp", c, "when the request was scored"));
        m.best(ColumnTraits::entity, 0.5).ifPresent(c -> m.map("entity", c, "an identifier: "
                + Math.round(100 * c.distinctRatio()) + "% of sampled values distinct"));
        Optional<ColumnProfile> label = m.best(ColumnTraits::label, 0.6);
        label.ifPresent(c -> m.map("label", c, "only 0/1 values"));
        Optional<ColumnProfile> arm = m.best(ColumnTraits::arm, 0.6);
        arm.ifPresent(c -> m.map("arm", c, "a few values that name versions or arms"));
        m.best(c -> c.text() && c.names().any(Words.VERSION) && c.distinct() <= 20 ? 1 : 0, 1)
                .ifPresent(c -> m.map("model_version", c, "the name says model or version"));
        FeatureGuess.slices(m, "low-cardinality text: the segments to compare");
        m.score = 2 + ColumnTraits.score(score.get()) + (label.isPresent() ? 0.4 : 0) + (arm.isPresent() ? 0.3 : 0)
                + (m.columns.containsKey("entity") ? 0.2 : 0);
        m.comment = "predictions: one score per request" + (label.isPresent() ? ", with labels" : "")
                + (arm.isPresent() ? ", per arm" : "");
        return Optional.of(m);
    }

    private static Optional<Mapping> labels(FileProfile f) {
        Mapping m = new Mapping(f, Role.LABELS);
        if (m.best(ColumnTraits::score, 0.5).isPresent()) {
            return Optional.empty();
        }
        Optional<ColumnProfile> label = m.best(ColumnTraits::label, 0.6);
        if (label.isEmpty()) {
            return Optional.empty();
        }
        m.map("label", label.get(), "only 0/1 values");
        Optional<ColumnProfile> entity = m.best(ColumnTraits::entity, 0.5);
        if (entity.isEmpty()) {
            return Optional.empty();
        }
        m.map("entity", entity.get(), "an identifier to join predictions and features by");
        rowTimestamp(m).ifPresent(c -> m.map("timestamp", c, "when the labelled outcome happened"));
        long others = m.unused().size();
        if (others > 2) {
            return Optional.empty();
        }
        m.score = 2.2 + ColumnTraits.label(label.get()) - 0.2 * others + (pathSays(f, LABEL_FILE_WORDS) ? 0.4 : 0);
        m.comment = "labels: the outcome per " + entity.get().name();
        return Optional.of(m);
    }

    static Set<String> logWords() {
        return LOG_WORDS;
    }

    static Set<String> metricWords() {
        return METRIC_WORDS;
    }

    static Set<String> featureFileWords() {
        return FEATURE_FILE_WORDS;
    }
}
