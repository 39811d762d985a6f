package dev.mlwb.analysis.evidence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Whether one model version can serve the current payload, field by field.
 *
 * @param role {@code current} (in service) or {@code rollback} (an earlier version)
 * @param safe whether no field breaks
 * @param verdict one line for people: "rollback to v41: unsafe: requires `x` (missing), `dwell` long → double"
 * @param fields every field of the model and of the payload, breaking ones first
 */
public record VersionVerdict(String version, String role, Optional<Instant> deployedAt, boolean strict, boolean safe,
                             String verdict, List<FieldDiff> fields) {
    public VersionVerdict {
        fields = List.copyOf(fields);
    }

    /** The fields that break. */
    public List<FieldDiff> breaking() {
        return fields.stream().filter(FieldDiff::breaks).toList();
    }
}
