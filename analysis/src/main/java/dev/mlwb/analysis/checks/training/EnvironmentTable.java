package dev.mlwb.analysis.checks.training;

import dev.mlwb.analysis.data.documents.EnvironmentRun;
import dev.mlwb.analysis.evidence.EnvironmentComparison;
import dev.mlwb.analysis.evidence.EnvironmentField;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Lays runs side by side: one row per field any of them gives, in a fixed order of field groups. */
final class EnvironmentTable {

    private EnvironmentTable() {
    }

    static EnvironmentComparison compare(String title, String code, String data, List<EnvironmentRun> runs) {
        List<EnvironmentField> rows = new ArrayList<>();
        row(rows, runs, "model_version", r -> r.modelVersion(), false);
        row(rows, runs, "started_at", r -> r.startedAt().map(Object::toString), false);
        row(rows, runs, "seed", EnvironmentRun::seed, false);
        row(rows, runs, "artifact_sha256", EnvironmentRun::artifactSha256, false);
        map(rows, runs, "hardware.", EnvironmentRun::hardware, false);
        map(rows, runs, "packages.", EnvironmentRun::packages, true);
        map(rows, runs, "metrics.", r -> stringify(r.metrics()), false);
        map(rows, runs, "", EnvironmentRun::other, false);
        return new EnvironmentComparison(title, code, data, runs.stream().map(EnvironmentRun::run).toList(), rows);
    }

    private static Map<String, String> stringify(Map<String, Double> metrics) {
        Map<String, String> out = new java.util.TreeMap<>();
        metrics.forEach((k, v) -> out.put(k, dev.mlwb.analysis.format.Fmt.num(v, 6)));
        return out;
    }

    private static void row(List<EnvironmentField> rows, List<EnvironmentRun> runs, String field,
                            Function<EnvironmentRun, Optional<String>> value, boolean packages) {
        List<String> values = runs.stream().map(r -> value.apply(r).orElse("")).toList();
        if (values.stream().allMatch(String::isEmpty)) {
            return;
        }
        boolean unpinned = packages && values.stream().anyMatch(v -> !v.isEmpty() && !PackagePins.pinned(v));
        rows.add(new EnvironmentField(field, values, new LinkedHashSet<>(values).size() > 1, unpinned));
    }

    private static void map(List<EnvironmentField> rows, List<EnvironmentRun> runs, String prefix,
                            Function<EnvironmentRun, Map<String, String>> maps, boolean packages) {
        Set<String> keys = new java.util.TreeSet<>();
        runs.forEach(r -> keys.addAll(maps.apply(r).keySet()));
        for (String k : keys) {
            row(rows, runs, prefix + k, r -> Optional.ofNullable(maps.apply(r).get(k)), packages);
        }
    }

    /** Whether a differing row is about the environment (packages, hardware, image) rather than the outcome. */
    static boolean environmental(EnvironmentField f) {
        return f.role() == EnvironmentField.Role.ENVIRONMENT;
    }
}
