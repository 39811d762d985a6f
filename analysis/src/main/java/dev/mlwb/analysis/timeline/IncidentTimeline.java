package dev.mlwb.analysis.timeline;

import dev.mlwb.analysis.check.CheckReport;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.data.IncidentData;
import dev.mlwb.analysis.evidence.Evidence;
import dev.mlwb.analysis.evidence.TimeMarker;
import dev.mlwb.analysis.time.TimeRange;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Everything that happened in an incident on one time axis: every event of every events source
 * (one by one, or counted per bucket for types too frequent to draw singly), the deployment
 * markers, the time each data source covers, and the windows where checks' findings held.
 *
 * @param range the span of all of it
 * @param bucket the bucket width (seconds) of aggregated event types
 * @param lanes one per source and event type, most frequent first
 * @param events the events drawn one by one, in time order
 * @param buckets the aggregated events, per source, type and bucket
 * @param markers the deployment events ({@code deploy}, {@code canary_start}, {@code canary_promote}, {@code rollback})
 * @param findings the findings' windows, most severe first
 * @param sources the time span of each timestamped source
 * @param undatedEvents events without a timestamp (counted, not drawn)
 */
public record IncidentTimeline(String title, Optional<TimeRange> range, long bucket, List<EventTypeSummary> lanes,
                               List<TimelineEvent> events, List<EventBucket> buckets, List<TimeMarker> markers,
                               List<FindingWindow> findings, List<SourceSpan> sources, long undatedEvents)
        implements Evidence {

    public IncidentTimeline {
        lanes = List.copyOf(lanes);
        events = List.copyOf(events);
        buckets = List.copyOf(buckets);
        markers = List.copyOf(markers);
        findings = List.copyOf(findings);
        sources = List.copyOf(sources);
    }

    /** The timeline of an analysed incident. */
    public static IncidentTimeline of(IncidentData data, CheckReport report) throws SQLException {
        return of(data, report.findings());
    }

    /**
     * The timeline of an incident and these findings.
     *
     * @throws SQLException if the events cannot be read
     */
    public static IncidentTimeline of(IncidentData data, List<Finding> findings) throws SQLException {
        return new TimelineBuilder(data, TimelineBuilder.DEFAULT_EVENTS_PER_TYPE).build(findings);
    }

    /**
     * The same events with these findings' windows instead (no query: the events are read once, and
     * the findings' windows follow the checks as they finish).
     */
    public IncidentTimeline withFindings(List<Finding> findings) {
        List<FindingWindow> windows = TimelineBuilder.windows(findings);
        return new IncidentTimeline(title, TimelineBuilder.range(sources, windows), bucket, lanes, events, buckets,
                markers, windows, sources, undatedEvents);
    }

    @Override
    public String type() {
        return "incident-timeline";
    }
}
