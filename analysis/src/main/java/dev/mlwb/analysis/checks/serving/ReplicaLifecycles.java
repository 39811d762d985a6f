package dev.mlwb.analysis.checks.serving;

import dev.mlwb.analysis.data.IncidentData;
import dev.mlwb.analysis.data.Row;
import dev.mlwb.analysis.data.Sql;
import dev.mlwb.analysis.data.Table;
import dev.mlwb.analysis.evidence.ReplicaLane;
import dev.mlwb.analysis.evidence.ReplicaVerdict;
import dev.mlwb.analysis.timeline.EventInventory;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Each replica's first start, ready and traffic events (by the {@code replica} attribute),
 * whatever order the log lists them in, and its verdict.
 *
 * @param unlabelled replica events without a {@code replica} attribute
 * @param readyEvents whether the log has any {@code replica_ready} event at all
 */
record ReplicaLifecycles(List<ReplicaLane> lanes, long unlabelled, boolean readyEvents) {
    static final List<String> TYPES = List.of("replica_start", "replica_ready", "replica_first_traffic");

    static ReplicaLifecycles query(IncidentData data, double maxInitSeconds) throws SQLException {
        Table events = data.events().orElseThrow();
        String replica = EventInventory.attribute("replica");
        List<ReplicaLane> lanes = new ArrayList<>();
        long unlabelled = 0;
        for (Row r : data.db().query("SELECT " + replica + " AS replica, count(*) AS n, "
                + first("replica_start") + " AS s, " + first("replica_ready") + " AS r, "
                + first("replica_first_traffic") + " AS f FROM " + events.view()
                + " WHERE __type IN ('replica_start', 'replica_ready', 'replica_first_traffic') AND __ts IS NOT NULL"
                + " GROUP BY 1 ORDER BY coalesce(s, r, f), replica")) {
            if (r.isNull("replica")) {
                unlabelled = r.lng("n");
                continue;
            }
            lanes.add(lane(r.str("replica", ""), r.instant("s"), r.instant("r"), r.instant("f"), maxInitSeconds));
        }
        return new ReplicaLifecycles(lanes, unlabelled, EventInventory.of(data).count("replica_ready") > 0);
    }

    private static String first(String type) {
        return Sql.epochMicros("min(__ts) FILTER (WHERE __type = " + Sql.string(type) + ")");
    }

    static ReplicaLane lane(String id, Optional<Instant> start, Optional<Instant> ready, Optional<Instant> traffic,
                            double maxInitSeconds) {
        double init = start.isPresent() && ready.isPresent() && !ready.get().isBefore(start.get())
                ? seconds(start.get(), ready.get()) : Double.NaN;
        double early = ready.isPresent() && traffic.isPresent() && traffic.get().isBefore(ready.get())
                ? seconds(traffic.get(), ready.get()) : Double.NaN;
        ReplicaVerdict verdict;
        if (!Double.isNaN(early)) {
            verdict = ReplicaVerdict.SERVED_BEFORE_READY;
        } else if (ready.isEmpty()) {
            verdict = traffic.isPresent() ? ReplicaVerdict.SERVED_WITHOUT_READY : ReplicaVerdict.NEVER_READY;
        } else if (start.isEmpty()) {
            verdict = ReplicaVerdict.START_UNKNOWN;
        } else {
            verdict = init > maxInitSeconds ? ReplicaVerdict.SLOW_INIT : ReplicaVerdict.OK;
        }
        return new ReplicaLane(id, start, ready, traffic, init, early, verdict);
    }

    private static double seconds(Instant a, Instant b) {
        return Duration.between(a, b).toMillis() / 1000.0;
    }

    List<ReplicaLane> with(ReplicaVerdict verdict) {
        return lanes.stream().filter(l -> l.verdict() == verdict).toList();
    }

    /** Lanes whose init time exceeds the limit, whatever else went wrong with them. */
    List<ReplicaLane> slow(double maxInitSeconds) {
        return lanes.stream().filter(l -> l.initSeconds() > maxInitSeconds).toList();
    }
}
