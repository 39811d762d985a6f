package dev.mlwb.analysis.draft;

import dev.mlwb.analysis.bundle.Role;
import dev.mlwb.analysis.draft.ColumnProfile.Family;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A features snapshot: rows keyed by an entity and/or a time, with feature columns; a second
 * timestamp named like "as of" or "computed at" says when feature values were computed.
 */
final class FeatureGuess {
    private static final Set<String> IGNORED_WORDS = new HashSet<>();

    static {
        IGNORED_WORDS.addAll(Words.TIME);
        IGNORED_WORDS.addAll(Words.FEATURE_TIME);
        IGNORED_WORDS.addAll(Set.of("as", "of", "last", "latest", "updated"));
    }

    private FeatureGuess() {
    }

    static Optional<Mapping> features(FileProfile f) {
        Mapping m = new Mapping(f, Role.FEATURES);
        Optional<ColumnProfile> entity = m.best(ColumnTraits::entity, 0.5);
        entity.ifPresent(c -> m.map("entity", c, "an identifier: " + Math.round(100 * c.distinctRatio())
                + "% of sampled values distinct"));
        Optional<ColumnProfile> ts = TableGuesser.rowTimestamp(m);
        ts.ifPresent(c -> m.map("timestamp", c, "the row's time (when it was used to predict)"));
        if (entity.isEmpty() && ts.isEmpty()) {
            return Optional.empty();
        }
        List<ColumnProfile> laterTimes = m.unused().stream().filter(c -> ColumnTraits.timestamp(c) >= 0.5).toList();
        laterTimes.forEach(c -> m.used.add(c.name()));
        List<String> excluded = new ArrayList<>();
        List<ColumnProfile> features = new ArrayList<>();
        for (ColumnProfile c : m.unused()) {
            if (c.family() == Family.OTHER || c.family() == Family.TIMESTAMP || c.nonNull() == 0) {
                excluded.add(c.name() + " (" + c.type() + ")");
            } else if (ColumnTraits.entity(c) >= 0.5 || c.text() && c.distinctRatio() >= 0.9 && c.distinct() >= 50) {
                excluded.add(c.name() + " (an identifier)");
            } else {
                features.add(c);
            }
        }
        if (features.size() < 2) {
            return Optional.empty();
        }
        for (ColumnProfile t : laterTimes) {
            featureTime(m, t, features);
        }
        if (!excluded.isEmpty()) {
            m.features = Optional.of(features.stream().map(ColumnProfile::name).toList());
            m.notes.add("left out of the features: " + String.join(", ", excluded));
        }
        m.score = 1 + 0.15 * Math.min(6, features.size()) + (entity.isPresent() ? 0.6 : 0)
                + (TableGuesser.pathSays(f, TableGuesser.featureFileWords()) ? 0.4 : 0);
        long categorical = features.stream().filter(c -> !c.numeric()).count();
        m.comment = "features: " + features.size() + " features (" + (features.size() - categorical) + " numeric, "
                + categorical + " categorical)" + entity.map(c -> " per " + c.name()).orElse("");
        return Optional.of(m);
    }

    /** A second timestamp: the computation time of the features it names, or of every numeric feature. */
    private static void featureTime(Mapping m, ColumnProfile t, List<ColumnProfile> features) {
        if (!ColumnTraits.featureTimeName(t)) {
            m.notes.add("\"" + t.name() + "\" is another timestamp; if it says when feature values were computed, map it"
                    + " under feature_timestamps");
            return;
        }
        Names n = t.names();
        List<ColumnProfile> named = features.stream().filter(c -> n.shares(c.names(), IGNORED_WORDS)).toList();
        List<ColumnProfile> windowed = features.stream().filter(c -> c.numeric() && windowed(c.names())).toList();
        List<ColumnProfile> timed = !named.isEmpty() ? named : !windowed.isEmpty() ? windowed
                : features.stream().filter(ColumnProfile::numeric).toList();
        for (ColumnProfile c : timed) {
            m.featureTimestamps.put(c.name(), t.name());
        }
        m.why.put("feature_timestamps", "\"" + t.name() + "\" is named like a computation time; " + (!named.isEmpty()
                ? "it shares a word with " + String.join(", ", named.stream().map(ColumnProfile::name).toList())
                : !windowed.isEmpty() ? "its name names no feature, so it is taken to time the windowed aggregates "
                + "(7d, 30d, ...): keep only those it really times"
                : "its name names no feature, so it times every numeric feature: keep only those it really times"));
    }

    /** A windowed aggregate's name: {@code clicks 7d}, {@code txn_count_30d}, {@code sessions1h}. */
    private static boolean windowed(Names n) {
        return n.words().stream().anyMatch(w -> w.matches("\\d+(s|m|min|h|d|w|mo|y)|(\\D+)?\\d+(h|d|w)"));
    }

    /** Every unused low-cardinality text column becomes a slice. */
    static void slices(Mapping m, String reason) {
        List<String> described = new ArrayList<>();
        for (ColumnProfile c : m.unused()) {
            if (ColumnTraits.slice(c) && ColumnTraits.label(c) == 0) {
                m.slices.add(c.name());
                m.used.add(c.name());
                described.add(c.name() + " (" + c.distinct() + " values)");
            }
        }
        if (!described.isEmpty()) {
            m.why.put("slices", reason + ": " + String.join(", ", described));
        }
    }
}
