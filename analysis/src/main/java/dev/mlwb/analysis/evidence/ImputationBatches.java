package dev.mlwb.analysis.evidence;

import java.util.List;

/**
 * A feature's imputation rate per batch, against the threshold.
 *
 * @param feature the feature
 * @param basis {@code events} (from imputation events of the log) or {@code values} (inferred from a
 *     value that suddenly holds many rows)
 * @param imputedValue the value substituted, if known (NaN otherwise)
 * @param threshold the rate above which a batch is flagged
 * @param batches the batches, in time order
 */
public record ImputationBatches(String title, String feature, String basis, double imputedValue, double threshold,
                                List<ImputationBatch> batches) implements Evidence {

    public ImputationBatches {
        batches = List.copyOf(batches);
    }

    @Override
    public String type() {
        return "imputation-batches";
    }
}
