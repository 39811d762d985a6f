package dev.mlwb.analysis.data.documents;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The fields one version of the serving payload sends.
 *
 * @param usedSince when serving started sending this version, if the file says
 * @param position its index in the file's {@code payloads} list
 */
public record PayloadSchema(String version, Optional<Instant> usedSince, List<SchemaField> features, String file,
                            int position) {
    public PayloadSchema {
        features = List.copyOf(features);
    }

    public Optional<SchemaField> field(String name) {
        return features.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
