package dev.mlwb.analysis.timeline;

import dev.mlwb.analysis.data.Row;
import dev.mlwb.analysis.data.Sql;
import dev.mlwb.analysis.data.Table;
import dev.mlwb.analysis.data.Database;
import dev.mlwb.analysis.time.TimeRange;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The time span of tables' {@code __ts} columns. */
public final class TimeSpan {
    private TimeSpan() {
    }

    /** From the earliest to just after the latest timestamp of these tables, if any has one. */
    public static Optional<TimeRange> of(Database db, List<Table> tables) throws SQLException {
        Instant min = null;
        Instant max = null;
        for (Table t : tables) {
            if (!t.has("timestamp")) {
                continue;
            }
            Optional<Row> r = db.first("SELECT " + Sql.epochMicros("min(__ts)") + " AS lo, "
                    + Sql.epochMicros("max(__ts)") + " AS hi FROM " + t.view());
            if (r.isEmpty() || r.get().isNull("lo")) {
                continue;
            }
            Instant lo = r.get().instant("lo").orElseThrow();
            Instant hi = r.get().instant("hi").orElseThrow();
            min = min == null || lo.isBefore(min) ? lo : min;
            max = max == null || hi.isAfter(max) ? hi : max;
        }
        return min == null ? Optional.empty() : Optional.of(new TimeRange(min, max.plusMillis(1)));
    }
}
