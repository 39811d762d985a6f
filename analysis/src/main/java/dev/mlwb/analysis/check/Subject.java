package dev.mlwb.analysis.check;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.mlwb.analysis.bundle.SliceKey;
import java.util.Optional;
import java.util.Set;

/**
 * What a finding is about, as a typed string: {@code feature:NAME}, {@code slice:COL=VALUE},
 * {@code replica:ID}, {@code model:VERSION}, {@code run:ID}, {@code item:ID}, {@code source:NAME},
 * {@code metric:KIND}, and {@code job:NAME} (a recurring job of the events log). The app turns subjects
 * into links to their views.
 */
public record Subject(String kind, String value) {
    public static final Set<String> KINDS = Set.of("feature", "slice", "replica", "model", "run", "item", "source",
            "metric", "job");

    public Subject {
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("unknown subject kind " + kind + "; kinds are " + KINDS);
        }
    }

    public static Subject feature(String name) {
        return new Subject("feature", name);
    }

    public static Subject slice(SliceKey slice) {
        return new Subject("slice", slice.toString());
    }

    public static Subject replica(String id) {
        return new Subject("replica", id);
    }

    public static Subject model(String version) {
        return new Subject("model", version);
    }

    public static Subject run(String id) {
        return new Subject("run", id);
    }

    public static Subject item(String id) {
        return new Subject("item", id);
    }

    public static Subject source(String name) {
        return new Subject("source", name);
    }

    public static Subject metric(String kind) {
        return new Subject("metric", kind);
    }

    /** A recurring pipeline job of the events log ({@code job} events' {@code name}), e.g. a retraining job. */
    public static Subject job(String name) {
        return new Subject("job", name);
    }

    /** Parses {@code kind:value}. */
    public static Optional<Subject> parse(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0 || !KINDS.contains(text.substring(0, colon))) {
            return Optional.empty();
        }
        return Optional.of(new Subject(text.substring(0, colon), text.substring(colon + 1)));
    }

    /** The slice of a {@code slice:} subject. */
    public Optional<SliceKey> slice() {
        return kind.equals("slice") ? SliceKey.parse(value) : Optional.empty();
    }

    @JsonValue
    @Override
    public String toString() {
        return kind + ":" + value;
    }
}
