package dev.mlwb.analysis.evidence;

import java.time.Instant;
import java.util.Optional;

/**
 * Imputations of one feature in one batch.
 *
 * @param batch the batch's name (from the events) or its time window
 * @param start when the batch ran or its window starts, if known
 * @param imputed rows imputed
 * @param total rows in the batch
 * @param rate imputed / total (NaN when the total is unknown)
 */
public record ImputationBatch(String batch, Optional<Instant> start, long imputed, long total, double rate) {
}
