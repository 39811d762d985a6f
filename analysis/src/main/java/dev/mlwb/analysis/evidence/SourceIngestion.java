package dev.mlwb.analysis.evidence;

import dev.mlwb.analysis.time.TimeRange;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One upstream source's ingestion history. Numbers that do not apply are NaN.
 *
 * @param usualIntervalSeconds the median time between consecutive successful ingestions
 * @param lastSuccess the newest successful ingestion
 * @param sinceSuccessSeconds from the newest success to the incident's "now"
 * @param failuresSinceSuccess failed attempts after the newest success (all failures if none succeeded)
 * @param buckets successes and failures per bucket, oldest first
 * @param gaps stretches without a success longer than the check's multiple of the usual interval
 *     (the last one open until "now" when the source is stale)
 * @param stale whether the source has been silent too long at "now"
 * @param lastError the most frequent error text of the failures since the newest success, if any
 */
public record SourceIngestion(String source, double usualIntervalSeconds, Optional<Instant> lastSuccess,
                              double sinceSuccessSeconds, long attempts, long failures, long failuresSinceSuccess,
                              List<IngestionBucket> buckets,
                              List<TimeRange> gaps, boolean stale, Optional<String> lastError) {
    public SourceIngestion {
        buckets = List.copyOf(buckets);
        gaps = List.copyOf(gaps);
    }
}
