package dev.mlwb.analysis.story;

import dev.mlwb.analysis.bundle.Arms;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.data.IncidentData;
import dev.mlwb.analysis.data.Row;
import dev.mlwb.analysis.data.Table;
import dev.mlwb.analysis.timeline.EventInventory;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words that identify the system an alert may point at: what the findings are about (features, slice
 * values, replicas, model versions, runs, jobs, items; metrics by the words alerts use for them) and the model
 * versions the deployment log names. Source names are left out: {@code production} or {@code training} would
 * match anything.
 */
final class SystemTokens {
    /** How alerts usually spell a metric kind. */
    private static final Map<String, List<String>> METRIC_WORDS = Map.of(
            "latency_p99_ms", List.of("p99"),
            "latency_p50_ms", List.of("p50"),
            "success_rate", List.of("success rate", "error rate"),
            "errors", List.of("error rate", "errors"),
            "ctr", List.of("ctr", "click-through", "clicks"),
            "conversion", List.of("conversion", "conversions"),
            "cpu_pct", List.of("cpu"),
            "memory_pct", List.of("memory", "oom"));

    private SystemTokens() {
    }

    /** Tokens of these findings. */
    static Set<String> of(Collection<Finding> findings, Collection<String> models) {
        Set<String> out = new LinkedHashSet<>(models);
        for (Finding f : findings) {
            for (Subject s : f.subjects()) {
                switch (s.kind()) {
                    case "slice" -> s.slice().ifPresent(k -> out.addAll(k.values().values()));
                    case "metric" -> out.addAll(METRIC_WORDS.getOrDefault(s.value(), List.of(s.value())));
                    case "source" -> { }
                    default -> out.add(s.value());
                }
            }
        }
        return out;
    }

    /** Model versions named by the manifest's arms and by the deployment and training events. */
    static Set<String> models(IncidentData data) throws SQLException {
        Set<String> out = new LinkedHashSet<>();
        Arms arms = data.manifest().arms();
        if (!arms.equals(Arms.DEFAULT)) {
            out.add(arms.baseline());
            out.add(arms.canary());
        }
        Optional<Table> log = data.events();
        if (log.isEmpty()) {
            return out;
        }
        String sql = "SELECT DISTINCT v FROM (SELECT unnest([" + EventInventory.attribute("model_version") + ", "
                + EventInventory.attribute("to") + ", " + EventInventory.attribute("from") + "]) AS v FROM "
                + log.get().view() + " WHERE lower(coalesce(__type, '')) IN ('deploy', 'canary_start', "
                + "'canary_promote', 'rollback', 'job')) WHERE v IS NOT NULL ORDER BY v LIMIT 200";
        for (Row r : data.db().query(sql)) {
            r.text("v").ifPresent(out::add);
        }
        return out;
    }
}
