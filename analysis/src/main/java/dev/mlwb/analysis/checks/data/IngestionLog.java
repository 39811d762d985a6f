package dev.mlwb.analysis.checks.data;

import dev.mlwb.analysis.data.IncidentData;
import dev.mlwb.analysis.data.Row;
import dev.mlwb.analysis.data.Sql;
import dev.mlwb.analysis.evidence.IngestionBucket;
import dev.mlwb.analysis.evidence.SourceIngestion;
import dev.mlwb.analysis.time.TimeRange;
import dev.mlwb.analysis.timeline.EventInventory;
import dev.mlwb.analysis.timeline.EventStatus;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Per source, the {@code ingestion} events of the log aggregated in SQL: attempts, failures, the
 * median interval between successes, the newest success, the gaps between successes, and
 * successes and failures per bucket for drawing. Sources are named by the {@code source} attribute.
 */
final class IngestionLog {
    private static final int MAX_BUCKETS = 240;
    private static final int MAX_GAPS = 100;

    private final IncidentData data;
    private final String base;

    private IngestionLog(IncidentData data) {
        this.data = data;
        this.base = "WITH i AS (SELECT coalesce(" + EventInventory.attribute("source") + ", __component, "
                + "'(unnamed source)') AS src, __ts AS ts, " + EventStatus.outcome() + " AS ok, " + EventStatus.errorText()
                + " AS msg FROM " + data.events().orElseThrow().view()
                + " WHERE __type = 'ingestion' AND __ts IS NOT NULL), "
                + "s AS (SELECT src, ts, lag(ts) OVER (PARTITION BY src ORDER BY ts) AS prev FROM i WHERE ok = 1), "
                + "u AS (SELECT src, median(date_diff('millisecond', prev, ts)) / 1000.0 AS usual, max(ts) AS last "
                + "FROM s GROUP BY src) ";
    }

    /** The bucket width that draws the whole log in at most {@value #MAX_BUCKETS} buckets, in whole minutes. */
    static long bucketSeconds(IncidentData data) throws SQLException {
        double span = data.db().scalar(new IngestionLog(data).base + "SELECT date_diff('second', min(ts), max(ts)) FROM i");
        return Math.max(60, (long) Math.ceil((Double.isNaN(span) ? 0 : span) / MAX_BUCKETS / 60.0) * 60);
    }

    static List<SourceIngestion> query(IncidentData data, Instant now, double multiple, long bucket)
            throws SQLException {
        IngestionLog log = new IngestionLog(data);
        Map<String, List<IngestionBucket>> buckets = log.buckets(bucket);
        Map<String, List<TimeRange>> gaps = log.gaps(multiple);
        List<SourceIngestion> out = new ArrayList<>();
        for (Row r : data.db().query(log.base + ", a AS (SELECT src, count(*) FILTER (WHERE ok IS NOT NULL) AS attempts, "
                + "count(*) FILTER (WHERE ok = 0) AS failures FROM i GROUP BY src), "
                + "e AS (SELECT i.src, mode(msg) AS err, count(*) AS n FROM i LEFT JOIN u ON i.src = u.src "
                + "WHERE ok = 0 AND (u.last IS NULL OR i.ts > u.last) GROUP BY i.src) "
                + "SELECT a.src, attempts, failures, usual, " + Sql.epochMicros("last") + " AS last, err, n "
                + "FROM a LEFT JOIN u ON a.src = u.src LEFT JOIN e ON a.src = e.src WHERE attempts > 0 ORDER BY a.src")) {
            String src = r.str("src", "");
            double usual = r.dbl("usual");
            Optional<Instant> last = r.instant("last");
            double since = last.map(t -> Duration.between(t, now).toMillis() / 1000.0).orElse(Double.NaN);
            boolean stale = last.isEmpty() ? r.lng("failures") > 0 : usual > 0 && since > multiple * usual;
            List<TimeRange> g = new ArrayList<>(gaps.getOrDefault(src, List.of()));
            if (stale && last.isPresent() && now.isAfter(last.get())) {
                g.add(new TimeRange(last.get(), now));
            }
            out.add(new SourceIngestion(src, usual, last, since, r.lng("attempts"), r.lng("failures"), r.lng("n"),
                    buckets.getOrDefault(src, List.of()), g, stale, r.text("err")));
        }
        return out;
    }

    private Map<String, List<IngestionBucket>> buckets(long bucket) throws SQLException {
        Map<String, List<IngestionBucket>> out = new LinkedHashMap<>();
        for (Row r : data.db().query(base + "SELECT src, " + Sql.epochMicros("time_bucket(to_seconds(CAST(? AS BIGINT)), ts)")
                + " AS t, count(*) FILTER (WHERE ok = 1) AS ok, count(*) FILTER (WHERE ok = 0) AS bad FROM i "
                + "WHERE ok IS NOT NULL GROUP BY ALL ORDER BY src, t", bucket)) {
            out.computeIfAbsent(r.str("src", ""), k -> new ArrayList<>())
                    .add(new IngestionBucket(r.instant("t").orElseThrow(), r.lng("ok"), r.lng("bad")));
        }
        return out;
    }

    /** Past stretches between successes longer than {@code multiple} usual intervals (the longest ones, in time order). */
    private Map<String, List<TimeRange>> gaps(double multiple) throws SQLException {
        Map<String, List<TimeRange>> out = new LinkedHashMap<>();
        for (Row r : data.db().query(base + "SELECT s.src, " + Sql.epochMicros("prev") + " AS a, " + Sql.epochMicros("ts")
                + " AS b FROM s JOIN u ON s.src = u.src WHERE prev IS NOT NULL AND u.usual > 0 "
                + "AND date_diff('millisecond', prev, ts) / 1000.0 > CAST(? AS DOUBLE) * u.usual "
                + "QUALIFY row_number() OVER (PARTITION BY s.src ORDER BY ts - prev DESC) <= " + MAX_GAPS
                + " ORDER BY s.src, prev", multiple)) {
            out.computeIfAbsent(r.str("src", ""), k -> new ArrayList<>())
                    .add(new TimeRange(r.instant("a").orElseThrow(), r.instant("b").orElseThrow()));
        }
        return out;
    }
}
