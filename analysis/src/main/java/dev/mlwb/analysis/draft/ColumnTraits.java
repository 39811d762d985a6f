package dev.mlwb.analysis.draft;

import dev.mlwb.analysis.draft.ColumnProfile.Family;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How much a column looks like each thing a manifest can map, from its name's words, its type and
 * its values together. Scores are in [0, 1]; 0 means "cannot be".
 */
final class ColumnTraits {
    private static final double EPOCH_2000 = 946_684_800;
    private static final double EPOCH_2100 = 4_102_444_800.0;
    private static final Pattern VERSION = Pattern.compile("(?i)(^|.*[-_ .:/@])v?\\d+(\\.\\d+)*([-_.]?(rc|alpha|beta)\\d*)?$");
    private static final Set<String> STRONG_ARM = Set.of("arm", "variant", "bucket", "treatment", "experiment",
            "canary", "served", "group", "track", "flavor", "flavour");

    private static final Set<String> GENERIC_TIME = new java.util.HashSet<>();

    static {
        GENERIC_TIME.addAll(Words.TIME);
        GENERIC_TIME.addAll(Words.FEATURE_TIME);
        GENERIC_TIME.addAll(Set.of("as", "of", "updated", "last"));
    }

    private ColumnTraits() {
    }

    /** A time: a timestamp or date type, text that parses as one, or numbers in the epoch range. */
    static double timestamp(ColumnProfile c) {
        Names n = c.names();
        boolean named = n.any(Words.TIME) || n.pair("as", "of");
        return switch (c.family()) {
            case TIMESTAMP -> 1;
            case TEXT -> c.nonNull() > 0 && c.timestampShare() >= 0.98 ? 0.95 : 0;
            case NUMBER -> epochUnit(c).map(unit -> named ? 0.9 : unit.equals("s") ? 0.25 : 0.5).orElse(0.0);
            default -> 0;
        };
    }

    /** The epoch unit whose range holds every value ({@code s}, {@code ms}, {@code us}), if any. */
    static Optional<String> epochUnit(ColumnProfile c) {
        if (!c.numeric() || c.nonNull() == 0 || Double.isNaN(c.min())) {
            return Optional.empty();
        }
        for (String unit : List.of("s", "ms", "us")) {
            double f = unit.equals("s") ? 1 : unit.equals("ms") ? 1e3 : 1e6;
            if (c.min() >= EPOCH_2000 * f && c.max() <= EPOCH_2100 * f) {
                return Optional.of(unit);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the name says the time is when some feature's value was computed: {@code logins as of},
     * {@code engagement_computed_at}, {@code feature_ts}. A bare {@code as of} or {@code computed_at}
     * names no feature: it is the row's own time.
     */
    static boolean featureTimeName(ColumnProfile c) {
        Names n = c.names();
        if (!(n.pair("as", "of") || n.any(Words.FEATURE_TIME))) {
            return false;
        }
        return n.has("feature") || n.has("features") || !n.without(GENERIC_TIME).isEmpty();
    }

    /** A probability: continuous numbers in [0, 1]; the name raises it. */
    static double score(ColumnProfile c) {
        if (!c.numeric() || c.integral() || c.nonNull() == 0 || c.min() < 0 || c.max() > 1 || c.distinct() < 10) {
            return 0;
        }
        return c.names().any(Words.SCORE) ? 1 : 0.5;
    }

    /** A label: only 0 and 1 (or booleans, or true/false/yes/no). */
    static double label(ColumnProfile c) {
        if (c.nonNull() == 0 || c.distinct() > 2 || c.zeroOne() < 0.999 || c.family() == Family.TIMESTAMP) {
            return 0;
        }
        return c.names().any(Words.LABEL) ? 1 : 0.6;
    }

    /** An identifier: many distinct values; the name raises it. */
    static double entity(ColumnProfile c) {
        boolean kind = c.text() || c.numeric() && c.integral() && epochUnit(c).isEmpty();
        if (!kind || c.nonNull() == 0 || c.distinct() < 20) {
            return 0;
        }
        Names n = c.names();
        double ratio = c.distinctRatio();
        if (n.any(Words.ENTITY) && ratio >= 0.05 && (c.text() || n.has("id") || n.has("key"))) {
            return n.has("id") || n.has("key") || n.has("uuid") ? 1 : 0.85;
        }
        if (c.text() && ratio >= 0.9 && c.spacedShare() < 0.1 && c.avgLength() <= 64 && c.timestampShare() < 0.5) {
            return 0.5;
        }
        return 0;
    }

    /** A column to slice by: text (or boolean) with a handful of values. */
    static boolean slice(ColumnProfile c) {
        boolean kind = c.text() || c.family() == Family.BOOLEAN;
        return kind && c.distinct() >= 2 && c.distinct() <= 50 && (c.distinct() <= 12 || c.distinctRatio() <= 0.2)
                && c.avgLength() <= 40 && c.timestampShare() < 0.5;
    }

    /** The arm of a canary: two to six values that are versions or arm words, or a name that says so. */
    static double arm(ColumnProfile c) {
        if (!c.text() || c.distinct() < 2 || c.distinct() > 6 || !slice(c)) {
            return 0;
        }
        List<String> values = c.topValues().subList(0, Math.min(2, c.topValues().size()));
        long armish = values.stream().filter(ColumnTraits::armValue).count();
        Names n = c.names();
        double name = n.any(STRONG_ARM) ? 0.6 : n.any(Words.ARM) ? 0.35 : 0;
        double vals = armish == values.size() ? 0.6 : armish > 0 ? 0.2 : 0;
        return Math.min(1, name + vals);
    }

    /** A value that names an arm: a version ({@code v42}, {@code churn-v9}, {@code 2.3.1}) or an arm word. */
    static boolean armValue(String v) {
        String t = v.trim().toLowerCase(Locale.ROOT);
        return VERSION.matcher(t).matches() || Words.BASELINE_WORDS.contains(t) || Words.CANARY_WORDS.contains(t);
    }

    /** The type of an event: identifier-like values, standard event types, a name that says so. */
    static double eventType(ColumnProfile c) {
        boolean named = c.names().any(Words.EVENT_TYPE);
        if (!c.text() || c.distinct() < 1 || c.distinct() > 300 || c.identifierShare() < 0.9
                || c.levelShare() > 0.5 && !named || c.avgLength() > 40
                || Words.EVENT_ATTRIBUTES.contains(c.name().toLowerCase(Locale.ROOT))) {
            return 0;
        }
        long total = c.top().stream().mapToLong(v -> Math.max(0, v.count())).sum();
        long standard = c.top().stream().filter(v -> Words.STANDARD_EVENTS.contains(v.value().toLowerCase(Locale.ROOT)))
                .mapToLong(v -> Math.max(0, v.count())).sum();
        double share = total == 0 ? 0 : (double) standard / total;
        double name = named ? 0.5 : 0;
        return Math.min(1, name + 0.5 * share + (share > 0 ? 0.2 : 0));
    }

    /** A log level: values such as info, warning, error. */
    static double level(ColumnProfile c) {
        if (!c.text() || c.levelShare() < 0.9) {
            return 0;
        }
        return c.names().has("level") ? 1 : c.names().any(Words.LEVEL) ? 0.9 : 0.7;
    }

    /** A message: free text with spaces; the name raises it. */
    static double message(ColumnProfile c) {
        if (!c.text() || Words.EVENT_ATTRIBUTES.contains(c.name().toLowerCase(Locale.ROOT))) {
            return 0;
        }
        double text = Math.min(1, c.spacedShare()) * 0.4 + (c.avgLength() >= 20 ? 0.2 : 0);
        double name = c.names().any(Words.MESSAGE) ? 0.5 : 0;
        return text + name >= 0.4 ? Math.min(1, text + name) : 0;
    }

    /** The component that emitted an event: a service or module name. */
    static double component(ColumnProfile c) {
        if (!c.text() || c.distinct() > 200 || Words.EVENT_ATTRIBUTES.contains(c.name().toLowerCase(Locale.ROOT))) {
            return 0;
        }
        return c.names().any(Words.COMPONENT) ? 0.9 : 0;
    }
}
