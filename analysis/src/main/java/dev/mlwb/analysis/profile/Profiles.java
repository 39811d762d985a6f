package dev.mlwb.analysis.profile;

import dev.mlwb.analysis.data.IncidentData;
import dev.mlwb.analysis.data.Table;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

/**
 * The profiles of one incident: every features dataset a comparison or a vocabulary concerns, and the
 * model's score where it is compared, each computed once (by {@link Profiler}) and shared by every
 * check that reads them.
 */
public final class Profiles {
    private final Map<Part, PartProfile> parts;

    Profiles(Map<Part, PartProfile> parts) {
        this.parts = Map.copyOf(parts);
    }

    /**
     * The incident's profiles, computed on first use (a pass or two over each profiled source), with windows
     * of the length the manifest sets for {@code data.drift} ({@code window_hours}) or chosen from each span.
     */
    public static Profiles of(IncidentData data) throws SQLException {
        return of(data, data.manifest().thresholds().getOrDefault("data.drift", Map.of()).getOrDefault("window_hours", 0.0));
    }

    /** The profiles with windows of this many hours (0: chosen from each part's span), computed once per length. */
    public static Profiles of(IncidentData data, double windowHours) throws SQLException {
        Cache cache = data.shared(Cache.class, d -> new Cache());
        Profiles p = cache.byWindow.get(windowHours);
        if (p == null) {
            p = new Profiler(data, new DuckDbProfileEngine(data.db()), windowHours).run();
            cache.byWindow.put(windowHours, p);
        }
        return p;
    }

    /** The profiles computed so far for an incident, by window length. */
    private static final class Cache {
        private final Map<Double, Profiles> byWindow = new java.util.HashMap<>();
    }

    /** The profile of a whole table, if it was profiled. */
    public Optional<PartProfile> of(Table table) {
        return Optional.ofNullable(parts.get(Part.of(table)));
    }

    /** The profile of a part (a table, or one arm of it), if it was profiled. */
    public Optional<PartProfile> of(Part part) {
        return Optional.ofNullable(parts.get(part));
    }

    public Map<Part, PartProfile> parts() {
        return parts;
    }
}
