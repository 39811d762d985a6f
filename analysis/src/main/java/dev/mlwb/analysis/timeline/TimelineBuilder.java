package dev.mlwb.analysis.timeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mlwb.analysis.bundle.Role;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.data.IncidentData;
import dev.mlwb.analysis.data.Row;
import dev.mlwb.analysis.data.Sql;
import dev.mlwb.analysis.data.Table;
import dev.mlwb.analysis.time.TimeRange;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds an {@link IncidentTimeline}: lanes from one grouped query over the merged events view, the
 * events of small lanes fetched one by one in time order (whatever order the files list them in),
 * the events of large lanes counted per bucket in SQL.
 */
final class TimelineBuilder {
    static final int DEFAULT_EVENTS_PER_TYPE = 200;
    /** Deployment-like events stay individual up to this many per lane: they are the timeline's landmarks. */
    static final int LANDMARK_CAP = 2000;
    static final Set<String> LANDMARKS = Set.of("deploy", "canary_start", "canary_promote", "rollback", "scale",
            "schema_change");
    private static final int MAX_BUCKETS = 200;
    private static final String TYPE = "coalesce(__type, '(no type)')";
    private static final String ERROR = "lower(__level) IN ('error', 'critical', 'fatal')";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final IncidentData data;
    private final int perType;

    TimelineBuilder(IncidentData data, int perType) {
        this.data = data;
        this.perType = perType;
    }

    IncidentTimeline build(List<Finding> findings) throws SQLException {
        List<SourceSpan> spans = tableSpans();
        List<EventTypeSummary> lanes = new ArrayList<>();
        List<TimelineEvent> events = new ArrayList<>();
        List<EventBucket> buckets = new ArrayList<>();
        long undated = 0;
        long bucket = 60;
        Optional<Table> log = data.events();
        if (log.isPresent()) {
            lanes.addAll(lanes(log.get()));
            spans.addAll(eventSpans(log.get()));
            undated = (long) data.db().scalar("SELECT count(*) FROM " + log.get().view() + " WHERE __ts IS NULL");
            bucket = bucketSeconds(lanes);
            List<EventTypeSummary> aggregated = lanes.stream().filter(EventTypeSummary::aggregated).toList();
            events.addAll(events(log.get(), aggregated));
            buckets.addAll(buckets(log.get(), aggregated, bucket));
        }
        List<FindingWindow> windows = windows(findings);
        String title = data.manifest().title();
        return new IncidentTimeline(title, range(spans, windows), bucket, lanes, events, buckets,
                DeploymentPhases.markers(data), windows, spans, undated);
    }

    private List<EventTypeSummary> lanes(Table log) throws SQLException {
        List<EventTypeSummary> out = new ArrayList<>();
        for (Row r : data.db().query("SELECT __source AS src, " + TYPE + " AS type, count(*) AS n, "
                + Sql.epochMicros("min(__ts)") + " AS first, " + Sql.epochMicros("max(__ts)") + " AS last FROM "
                + log.view() + " WHERE __ts IS NOT NULL GROUP BY 1, 2 ORDER BY n DESC, src, type")) {
            String type = r.str("type", "");
            long n = r.lng("n");
            boolean aggregated = n > (LANDMARKS.contains(type) ? Math.max(LANDMARK_CAP, perType) : perType);
            out.add(new EventTypeSummary(r.str("src", ""), type, n, aggregated, r.instant("first"), r.instant("last")));
        }
        return out;
    }

    /** Per events source, the span of its dated events. */
    private List<SourceSpan> eventSpans(Table log) throws SQLException {
        List<SourceSpan> out = new ArrayList<>();
        for (Row r : data.db().query("SELECT __source AS src, count(*) AS n, " + Sql.epochMicros("min(__ts)") + " AS lo, "
                + Sql.epochMicros("max(__ts)") + " AS hi FROM " + log.view() + " WHERE __ts IS NOT NULL GROUP BY 1 ORDER BY 1")) {
            out.add(new SourceSpan(r.str("src", ""), Role.EVENTS.key(), r.instant("lo").orElseThrow(),
                    r.instant("hi").orElseThrow(), r.lng("n")));
        }
        return out;
    }

    /** Every timestamped table but the events: features datasets, predictions, labels, metrics, exposures. */
    private List<SourceSpan> tableSpans() throws SQLException {
        List<SourceSpan> out = new ArrayList<>();
        for (Table t : data.tables()) {
            if (t.role() == Role.EVENTS || !t.has("timestamp")) {
                continue;
            }
            Optional<Row> r = data.db().first("SELECT count(__ts) AS n, " + Sql.epochMicros("min(__ts)") + " AS lo, "
                    + Sql.epochMicros("max(__ts)") + " AS hi FROM " + t.view());
            if (r.isPresent() && !r.get().isNull("lo")) {
                out.add(new SourceSpan(t.name(), t.role().key(), r.get().instant("lo").orElseThrow(),
                        r.get().instant("hi").orElseThrow(), r.get().lng("n")));
            }
        }
        return out;
    }

    /** A bucket width (whole minutes) that draws the events' span in at most {@value #MAX_BUCKETS} buckets. */
    private static long bucketSeconds(List<EventTypeSummary> lanes) {
        Optional<Instant> lo = lanes.stream().map(EventTypeSummary::first).flatMap(Optional::stream).min(Instant::compareTo);
        Optional<Instant> hi = lanes.stream().map(EventTypeSummary::last).flatMap(Optional::stream).max(Instant::compareTo);
        if (lo.isEmpty()) {
            return 60;
        }
        long span = hi.orElseThrow().getEpochSecond() - lo.get().getEpochSecond();
        return Math.max(60, (long) Math.ceil(span / (double) MAX_BUCKETS / 60.0) * 60);
    }

    /** {@code (__source = ? AND type = ?) OR ...} over the aggregated lanes, with its parameters. */
    private static String lanesCondition(List<EventTypeSummary> lanes, List<Object> params) {
        List<String> parts = new ArrayList<>();
        for (EventTypeSummary l : lanes) {
            parts.add("(__source = ? AND " + TYPE + " = ?)");
            params.add(l.source());
            params.add(l.type());
        }
        return parts.isEmpty() ? "FALSE" : "(" + String.join(" OR ", parts) + ")";
    }

    private List<TimelineEvent> events(Table log, List<EventTypeSummary> aggregated) throws SQLException {
        List<Object> params = new ArrayList<>();
        String skip = lanesCondition(aggregated, params);
        List<TimelineEvent> out = new ArrayList<>();
        for (Row r : data.db().query("SELECT " + Sql.epochMicros("__ts") + " AS t, __source AS src, " + TYPE + " AS type, "
                + "__level AS level, __component AS component, __message AS message, CAST(__attrs AS VARCHAR) AS attrs FROM "
                + log.view() + " WHERE __ts IS NOT NULL AND NOT " + skip + " ORDER BY __ts, src, type", params.toArray())) {
            out.add(new TimelineEvent(r.instant("t").orElseThrow(), r.str("src", ""), r.str("type", ""), r.text("level"),
                    r.text("component"), r.text("message"), attributes(r.str("attrs", "{}"))));
        }
        return out;
    }

    private List<EventBucket> buckets(Table log, List<EventTypeSummary> aggregated, long bucket) throws SQLException {
        if (aggregated.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>();
        params.add(bucket);
        String only = lanesCondition(aggregated, params);
        List<EventBucket> out = new ArrayList<>();
        for (Row r : data.db().query("SELECT __source AS src, " + TYPE + " AS type, "
                + Sql.epochMicros("time_bucket(to_seconds(CAST(? AS BIGINT)), __ts)") + " AS t, count(*) AS n, "
                + "count(*) FILTER (WHERE " + ERROR + ") AS errors FROM " + log.view() + " WHERE __ts IS NOT NULL AND "
                + only + " GROUP BY ALL ORDER BY src, type, t", params.toArray())) {
            Instant start = r.instant("t").orElseThrow();
            out.add(new EventBucket(r.str("src", ""), r.str("type", ""), start, start.plusSeconds(bucket), r.lng("n"),
                    r.lng("errors")));
        }
        return out;
    }

    private static Map<String, String> attributes(String json) {
        Map<String, String> out = new LinkedHashMap<>();
        try {
            JsonNode node = JSON.readTree(json);
            if (node != null && node.isObject()) {
                node.properties().forEach(e -> {
                    if (!e.getValue().isNull()) {
                        out.put(e.getKey(), e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString());
                    }
                });
            }
        } catch (JsonProcessingException e) {
            out.put("attributes", json);
        }
        return out;
    }

    /** The windows where these findings held, in their order. */
    static List<FindingWindow> windows(List<Finding> findings) {
        List<FindingWindow> windows = new ArrayList<>();
        for (Finding f : findings) {
            for (TimeRange w : f.windows()) {
                windows.add(new FindingWindow(f.check(), f.severity().key(), f.title(), w.start(), w.end(),
                        f.subjects().stream().map(Subject::toString).toList()));
            }
        }
        return windows;
    }

    static Optional<TimeRange> range(List<SourceSpan> spans, List<FindingWindow> windows) {
        Instant lo = null;
        Instant hi = null;
        for (SourceSpan s : spans) {
            lo = lo == null || s.start().isBefore(lo) ? s.start() : lo;
            hi = hi == null || s.end().isAfter(hi) ? s.end() : hi;
        }
        for (FindingWindow w : windows) {
            lo = lo == null || w.start().isBefore(lo) ? w.start() : lo;
            hi = hi == null || w.end().isAfter(hi) ? w.end() : hi;
        }
        return lo == null ? Optional.empty() : Optional.of(new TimeRange(lo, hi));
    }
}
