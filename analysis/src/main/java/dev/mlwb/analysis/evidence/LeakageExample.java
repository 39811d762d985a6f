package dev.mlwb.analysis.evidence;

import java.time.Instant;
import java.util.Optional;

/**
 * A row whose feature value was computed after the time it predicts.
 *
 * @param entity the row's entity, if the dataset has one
 * @param rowTime the row's timestamp (the prediction time), if any
 * @param featureTime when the feature value was computed / the latest event it includes
 * @param labelTime when the labelled event happened, if known
 * @param lookaheadHours featureTime − the earlier of rowTime and labelTime, in hours
 */
public record LeakageExample(Optional<String> entity, Optional<Instant> rowTime, Instant featureTime,
                             Optional<Instant> labelTime, double lookaheadHours) {
}
