package dev.mlwb.analysis.draft;

import dev.mlwb.analysis.bundle.Comparison;
import dev.mlwb.analysis.bundle.Role;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which features datasets to compare: training against serving and baseline against canary (the
 * format's defaults) when both are there, and every other dataset against the one it shares
 * feature columns with (serving first: a recomputation is compared with what was served).
 */
final class Comparisons {
    private Comparisons() {
    }

    /** Fills {@code out} and says why. */
    static String choose(List<DraftSource> sources, Map<String, FileProfile> profiles, List<Comparison> out) {
        Map<String, Set<String>> features = new LinkedHashMap<>();
        for (DraftSource s : sources) {
            if (s.role() == Role.FEATURES && s.dataset().isPresent()) {
                features.computeIfAbsent(s.dataset().get(), k -> new HashSet<>()).addAll(featureColumns(s, profiles));
            }
        }
        List<String> why = new ArrayList<>();
        pair(features, "training", "serving", out);
        pair(features, "baseline", "canary", out);
        if (!out.isEmpty()) {
            why.add("the standard pairs");
        }
        for (String d : features.keySet()) {
            if (List.of("training", "serving", "baseline", "canary").contains(d)) {
                continue;
            }
            for (String other : List.of("serving", "training", "canary", "baseline")) {
                if (features.containsKey(other) && !Collections.disjoint(features.get(d), features.get(other))) {
                    out.add(other.equals("training") ? new Comparison(other, d) : new Comparison(d, other));
                    Set<String> shared = new HashSet<>(features.get(d));
                    shared.retainAll(features.get(other));
                    why.add(d + " shares " + shared.size() + " feature columns with " + other);
                    break;
                }
            }
        }
        return String.join("; ", why);
    }

    private static void pair(Map<String, Set<String>> features, String reference, String current, List<Comparison> out) {
        if (features.containsKey(reference) && features.containsKey(current)) {
            out.add(new Comparison(reference, current));
        }
    }

    private static Set<String> featureColumns(DraftSource s, Map<String, FileProfile> profiles) {
        if (s.features().isPresent()) {
            return new HashSet<>(s.features().get());
        }
        Set<String> out = new HashSet<>();
        FileProfile p = profiles.get(s.path());
        if (p != null) {
            p.columns().forEach(c -> out.add(c.name()));
        }
        out.removeAll(s.columns().values());
        out.removeAll(s.slices());
        out.removeAll(s.featureTimestamps().values());
        return out;
    }
}
