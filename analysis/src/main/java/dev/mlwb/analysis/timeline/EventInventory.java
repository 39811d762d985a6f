package dev.mlwb.analysis.timeline;

import dev.mlwb.analysis.data.IncidentData;
import dev.mlwb.analysis.data.Row;
import dev.mlwb.analysis.data.Sql;
import dev.mlwb.analysis.data.Table;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which event types an incident's events log holds, and how many of each: what checks look at
 * before deciding whether they can run. Computed once per incident.
 *
 * @param counts event type → number of events, most frequent first
 */
public record EventInventory(Map<String, Long> counts) {

    public EventInventory {
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }

    /** The inventory of this incident (empty without an events source). */
    public static EventInventory of(IncidentData data) {
        try {
            return data.shared(EventInventory.class, EventInventory::query);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count the events by type: " + e.getMessage(), e);
        }
    }

    private static EventInventory query(IncidentData data) throws SQLException {
        Optional<Table> events = data.events();
        Map<String, Long> counts = new LinkedHashMap<>();
        if (events.isPresent()) {
            for (Row r : data.db().query("SELECT coalesce(__type, '(no type)') AS type, count(*) AS n FROM "
                    + events.get().view() + " GROUP BY 1 ORDER BY n DESC, type")) {
                counts.put(r.str("type", ""), r.lng("n"));
            }
        }
        return new EventInventory(counts);
    }

    public long count(String type) {
        return counts.getOrDefault(type, 0L);
    }

    /** Whether any of these types occurs. */
    public boolean hasAny(String... types) {
        return Arrays.stream(types).anyMatch(t -> count(t) > 0);
    }

    /**
     * The SQL expression reading one attribute of an events row as text ({@code NULL} if absent),
     * e.g. {@code attribute("replica")}.
     */
    public static String attribute(String name) {
        return "json_extract_string(__attrs, " + Sql.string("$.\"" + name.replace("\"", "\\\"") + "\"") + ")";
    }
}
