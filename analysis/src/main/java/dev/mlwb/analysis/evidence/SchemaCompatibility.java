package dev.mlwb.analysis.evidence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The payload schema in use at the incident against every model version: the model in service
 * first, then each earlier version a rollback could return to (newest first), each with a verdict.
 *
 * @param payloadVersion the payload version being sent
 * @param payloadSince since when it is sent, if known
 * @param currentModel the model version in service
 */
public record SchemaCompatibility(String title, String payloadVersion, Optional<Instant> payloadSince,
                                  String currentModel, List<VersionVerdict> versions) implements Evidence {
    public SchemaCompatibility {
        versions = List.copyOf(versions);
    }

    @Override
    public String type() {
        return "schema-compatibility";
    }
}
