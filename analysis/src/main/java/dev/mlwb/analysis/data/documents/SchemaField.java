package dev.mlwb.analysis.data.documents;

/**
 * One field of a model's or a payload's schema.
 *
 * @param required for a model: whether it needs the field (default {@code true}: a model uses what
 *     it lists); for a payload always {@code false}
 */
public record SchemaField(String name, FieldType type, boolean required) {
}
