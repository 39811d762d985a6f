package dev.mlwb.analysis.data.documents;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The features one model version reads.
 *
 * @param deployedAt when the version went into service, if the file says
 * @param strict whether the model rejects payload fields it does not know
 * @param position its index in the file's {@code models} list, for messages and ordering
 */
public record ModelSchema(String version, Optional<Instant> deployedAt, boolean strict, List<SchemaField> features,
                          String file, int position) {
    public ModelSchema {
        features = List.copyOf(features);
    }

    public Optional<SchemaField> field(String name) {
        return features.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
