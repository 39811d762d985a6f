package dev.mlwb.analysis.evidence;

import java.util.Optional;

/**
 * One field of a schema diff: what the model expects against what the payload sends.
 *
 * @param modelType the type the model reads, empty if the model does not know the field
 * @param payloadType the type the payload sends, empty if it does not send the field
 * @param required whether the model requires the field
 * @param breaks whether this field makes the model fail on the payload
 */
public record FieldDiff(String field, Optional<String> modelType, Optional<String> payloadType, boolean required,
                        FieldStatus status, boolean breaks) {
}
