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
        return of(data, windowHours(data));
    }

    /** The profiles with windows of this many hours (0: chosen from each part's span), computed once per length. */
    public static Profiles of(IncidentData data, double windowHours) throws SQLException {
        Cache cache = data.shared(Cache.class, d -> new Cache());
        Profiles all = cache.computed.get("ALL/" + windowHours);
        if (all != null) {
            return all;
        }
        Profiles categorical = stage(data, windowHours, Profiler.Stage.CATEGORICAL);
        Profiles numeric = stage(data, windowHours, Profiler.Stage.NUMERIC);
        Map<Part, PartProfile> merged = new java.util.LinkedHashMap<>(categorical.parts);
        numeric.parts.forEach((part, n) -> merged.merge(part, n, (c, x) -> new PartProfile(part, x.rows(),
                x.window().or(c::window), x.windowRows().isEmpty() ? c.windowRows() : x.windowRows(), x.numeric(),
                c.categorical())));
        all = new Profiles(merged);
        cache.computed.put("ALL/" + windowHours, all);
        return all;
    }

    /**
     * Only the categorical columns' profiles (one cheap pass over those columns of each source): what the checks of
     * categories read, so that their findings can arrive before the numeric columns are counted.
     */
    public static Profiles categorical(IncidentData data) throws SQLException {
        return stage(data, windowHours(data), Profiler.Stage.CATEGORIES);
    }

    private static double windowHours(IncidentData data) {
        return data.manifest().thresholds().getOrDefault("data.drift", Map.of()).getOrDefault("window_hours", 0.0);
    }

    private static Profiles stage(IncidentData data, double windowHours, Profiler.Stage stage) throws SQLException {
        Cache cache = data.shared(Cache.class, d -> new Cache());
        String key = stage + "/" + windowHours;
        Profiles p = cache.computed.get(key);
        if (p == null) {
            Profiler profiler;
            if (stage == Profiler.Stage.NUMERIC) {
                profiler = new Profiler(data, new DuckDbProfileEngine(data.db()), windowHours);
            } else {
                if (stage == Profiler.Stage.CATEGORICAL) {
                    // categories per window start from the same profiler's overall counts (and its judgement of identifiers)
                    stage(data, windowHours, Profiler.Stage.CATEGORIES);
                }
                profiler = cache.categorical.computeIfAbsent(windowHours,
                        h -> new Profiler(data, new DuckDbProfileEngine(data.db()), h));
            }
            p = profiler.run(stage);
            cache.computed.put(key, p);
        }
        return p;
    }

    /** The profiles computed so far for an incident, by stage and window length, and the categorical profilers. */
    private static final class Cache {
        private final Map<String, Profiles> computed = new java.util.HashMap<>();
        private final Map<Double, Profiler> categorical = new java.util.HashMap<>();
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
