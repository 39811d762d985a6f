package dev.mlwb.analysis.check;

import dev.mlwb.analysis.evidence.Evidence;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How one check went: it ran (with its time, measures and evidence), was skipped (and why), or
 * failed (and the error).
 */
public record CheckRun(String id, Status status, Optional<String> reason, long millis,
                       Map<String, Map<String, Double>> measures, List<Evidence> evidence) {

    public enum Status { RAN, SKIPPED, FAILED;
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public CheckRun {
        measures = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(measures));
        evidence = List.copyOf(evidence);
    }

    public static CheckRun ran(String id, long millis, CheckResult result) {
        return new CheckRun(id, Status.RAN, Optional.empty(), millis, result.measures(), result.evidence());
    }

    public static CheckRun skipped(String id, String reason) {
        return new CheckRun(id, Status.SKIPPED, Optional.of(reason), 0, Map.of(), List.of());
    }

    public static CheckRun failed(String id, long millis, String error) {
        return new CheckRun(id, Status.FAILED, Optional.of(error), millis, Map.of(), List.of());
    }
}
