package dev.mlwb.analysis.checks.data;

import dev.mlwb.analysis.bundle.Comparison;
import dev.mlwb.analysis.data.FeatureColumn;
import dev.mlwb.analysis.data.IncidentData;
import dev.mlwb.analysis.data.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A comparison of the manifest whose two features datasets are both in the bundle, with the
 * features they share (by name). Features whose kind differs (numeric in one, text in the other)
 * are listed apart: only {@code data.quality} compares them.
 *
 * @param comparison the manifest's comparison
 * @param reference the reference dataset (e.g. training)
 * @param current the current dataset (e.g. serving)
 * @param shared features of both datasets with the same kind, in the reference's order
 * @param kindChanged features numeric in one dataset and categorical in the other
 */
public record ComparedPair(Comparison comparison, Table reference, Table current, List<FeatureColumn> shared,
                           List<String> kindChanged) {

    public ComparedPair {
        shared = List.copyOf(shared);
        kindChanged = List.copyOf(kindChanged);
    }

    /** Every comparison of the manifest (or the defaults) whose two datasets are loaded. */
    public static List<ComparedPair> of(IncidentData data) {
        List<ComparedPair> out = new ArrayList<>();
        for (Comparison c : data.manifest().comparisons()) {
            Optional<Table> ref = data.features(c.reference());
            Optional<Table> cur = data.features(c.current());
            if (ref.isPresent() && cur.isPresent() && !ref.get().name().equals(cur.get().name())) {
                out.add(pair(c, ref.get(), cur.get()));
            }
        }
        return out;
    }

    private static ComparedPair pair(Comparison c, Table ref, Table cur) {
        List<FeatureColumn> shared = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (FeatureColumn f : ref.features()) {
            cur.feature(f.name()).ifPresent(g -> {
                if (g.kind() == f.kind()) {
                    shared.add(f);
                } else {
                    changed.add(f.name());
                }
            });
        }
        return new ComparedPair(c, ref, cur, shared, changed);
    }

    /**
     * The prefix of measure names for the {@code index}-th of several comparisons: none for the first,
     * then the current dataset's name, or the reference's when another comparison has the same current
     * ({@code canary_psi}, {@code offline-recompute_psi}).
     */
    public static String measurePrefix(List<Comparison> comparisons, int index) {
        if (index == 0) {
            return "";
        }
        Comparison c = comparisons.get(index);
        long sameCurrent = comparisons.stream().filter(o -> o.current().equals(c.current())).count();
        return (sameCurrent > 1 ? c.reference() : c.current()) + "_";
    }

    /** {@code training → serving}. */
    public String label() {
        return reference.name() + " → " + current.name();
    }

    /** Whether both datasets have a timestamp column. */
    public boolean timed() {
        return reference.has("timestamp") && current.has("timestamp");
    }
}
