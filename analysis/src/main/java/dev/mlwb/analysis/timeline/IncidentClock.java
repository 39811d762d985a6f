package dev.mlwb.analysis.timeline;

import dev.mlwb.analysis.data.IncidentData;
import dev.mlwb.analysis.time.TimeRange;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * The incident's "now": the end of the manifest's {@code window} when given, else the latest
 * timestamp of any table. Ages (time since the last successful training job or ingestion) are
 * measured up to it, so that an old bundle is judged as of its own time, not today's.
 *
 * @param span the time span of every timestamped table, if any
 * @param now the reference instant
 * @param fromWindow whether {@code now} is the manifest window's end
 */
public record IncidentClock(Optional<TimeRange> span, Optional<Instant> now, boolean fromWindow) {

    /** The clock of this incident (computed once). */
    public static IncidentClock of(IncidentData data) throws SQLException {
        return data.shared(IncidentClock.class, d -> {
            Optional<TimeRange> span = TimeSpan.of(d.db(), d.tables());
            Optional<TimeRange> window = d.manifest().window();
            if (window.isPresent()) {
                return new IncidentClock(span, Optional.of(window.get().end()), true);
            }
            return new IncidentClock(span, span.map(s -> s.end().minusMillis(1)), false);
        });
    }

    /** Words for where "now" comes from. */
    public String describe() {
        return fromWindow ? "the end of the incident window" : "the latest timestamp in the bundle";
    }
}
