package dev.mlwb.analysis.checks.deploy;

import dev.mlwb.analysis.data.IncidentData;
import dev.mlwb.analysis.data.Row;
import dev.mlwb.analysis.data.Sql;
import dev.mlwb.analysis.data.Table;
import dev.mlwb.analysis.evidence.TimeMarker;
import dev.mlwb.analysis.time.TimeRange;
import dev.mlwb.analysis.timeline.DeploymentPhases;
import dev.mlwb.analysis.timeline.EventInventory;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@code rollback} event of the log and the errors that followed it, up to the next deployment
 * event (or {@code horizon} later).
 *
 * @param to the version rolled back to (attribute {@code to}), if given
 * @param errors events at level error/critical/fatal (or of type {@code error}) after the rollback
 * @param lastError the last of them
 * @param commonError the most frequent error message
 */
record RollbackAttempt(Instant at, Optional<String> from, Optional<String> to, long errors, Optional<Instant> lastError,
                       Optional<String> commonError) {

    private static final String ERROR = "(lower(__level) IN ('error', 'critical', 'fatal') OR __type = 'error')";

    static List<RollbackAttempt> find(IncidentData data, Duration horizon) throws SQLException {
        Optional<Table> events = data.events();
        if (events.isEmpty() || EventInventory.of(data).count("rollback") == 0) {
            return List.of();
        }
        List<TimeMarker> markers = DeploymentPhases.markers(data);
        List<RollbackAttempt> out = new ArrayList<>();
        for (Row r : data.db().query("SELECT " + Sql.epochMicros("__ts") + " AS t, " + EventInventory.attribute("from")
                + " AS f, " + EventInventory.attribute("to") + " AS v FROM " + events.get().view()
                + " WHERE __type = 'rollback' AND __ts IS NOT NULL ORDER BY __ts")) {
            Instant at = r.instant("t").orElseThrow();
            Instant until = at.plus(horizon);
            for (TimeMarker m : markers) {
                if (m.at().isAfter(at) && m.at().isBefore(until)) {
                    until = m.at();
                    break;
                }
            }
            Row e = data.db().first("SELECT count(*) AS n, " + Sql.epochMicros("max(__ts)") + " AS last, "
                    + "mode(coalesce(__message, __type)) AS msg FROM " + events.get().view() + " WHERE " + ERROR
                    + " AND __ts >= " + Sql.timestampParam() + " AND __ts < " + Sql.timestampParam(),
                    at.toEpochMilli() * 1000, until.toEpochMilli() * 1000).orElseThrow();
            out.add(new RollbackAttempt(at, r.text("f"), r.text("v"), e.lng("n"), e.instant("last"), e.text("msg")));
        }
        return out;
    }

    /** From the rollback to its last error (a minute if there was none). */
    TimeRange window() {
        return new TimeRange(at, lastError.filter(t -> t.isAfter(at)).orElse(at.plusSeconds(60)));
    }
}
