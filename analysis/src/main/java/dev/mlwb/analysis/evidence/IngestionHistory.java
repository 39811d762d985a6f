package dev.mlwb.analysis.evidence;

import java.time.Instant;
import java.util.List;

/**
 * Every upstream source's ingestions over time, one lane each, with the gaps where nothing
 * arrived, measured up to the incident's "now".
 *
 * @param bucket the bucket width in seconds
 */
public record IngestionHistory(String title, long bucket, Instant now, List<SourceIngestion> sources)
        implements Evidence {
    public IngestionHistory {
        sources = List.copyOf(sources);
    }

    @Override
    public String type() {
        return "ingestion-history";
    }
}
