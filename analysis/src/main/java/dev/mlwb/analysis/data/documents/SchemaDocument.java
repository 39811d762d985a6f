package dev.mlwb.analysis.data.documents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every model and payload schema of an incident (all {@code schemas} sources together), in
 * deployment order: by {@code deployed_at} / {@code used_since} when every entry has one, else in
 * the order the files list them (oldest first).
 */
public record SchemaDocument(List<ModelSchema> models, List<PayloadSchema> payloads) {

    public SchemaDocument {
        models = ordered(models, m -> m.deployedAt());
        payloads = ordered(payloads, p -> p.usedSince());
    }

    private static <T> List<T> ordered(List<T> items, java.util.function.Function<T, Optional<Instant>> time) {
        List<T> out = new ArrayList<>(items);
        if (out.stream().allMatch(i -> time.apply(i).isPresent())) {
            out.sort(Comparator.comparing(i -> time.apply(i).orElseThrow()));
        }
        return List.copyOf(out);
    }

    /**
     * The payload version being sent at {@code reference}: the newest one used since then or
     * before (the first one if all start later); the last listed when the file gives no dates.
     */
    public Optional<PayloadSchema> payloadAt(Instant reference) {
        return latestAt(payloads, reference, PayloadSchema::usedSince);
    }

    /** The model version in service at {@code reference}, by the same rule as {@link #payloadAt}. */
    public Optional<ModelSchema> modelAt(Instant reference) {
        return latestAt(models, reference, ModelSchema::deployedAt);
    }

    /** The models deployed before {@code current}: the versions a rollback could return to, newest first. */
    public List<ModelSchema> earlierThan(ModelSchema current) {
        int i = models.indexOf(current);
        List<ModelSchema> out = new ArrayList<>(i < 0 ? List.of() : models.subList(0, i));
        java.util.Collections.reverse(out);
        return out;
    }

    private static <T> Optional<T> latestAt(List<T> items, Instant reference,
                                            java.util.function.Function<T, Optional<Instant>> time) {
        if (items.isEmpty()) {
            return Optional.empty();
        }
        if (items.stream().anyMatch(i -> time.apply(i).isEmpty())) {
            return Optional.of(items.get(items.size() - 1));
        }
        T best = items.get(0);
        for (T i : items) {
            if (!time.apply(i).orElseThrow().isAfter(reference)) {
                best = i;
            }
        }
        return Optional.of(best);
    }
}
