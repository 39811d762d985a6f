package dev.mlwb.analysis.checks.canary;

import dev.mlwb.analysis.bundle.Arms;
import dev.mlwb.analysis.bundle.SliceKey;
import dev.mlwb.analysis.data.Database;
import dev.mlwb.analysis.data.Row;
import dev.mlwb.analysis.data.Sql;
import dev.mlwb.analysis.time.TimeRange;
import dev.mlwb.analysis.timeline.Phase;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Traffic per arm and slice of one dimension, split by deployment phase and by fixed windows
 * within each phase, computed in one grouped DuckDB query.
 */
final class PhasedMix {
    private final List<Phase> phases;
    private final Duration window;
    private final Map<Integer, TreeMap<Long, SliceMix>> mixes = new TreeMap<>();

    private PhasedMix(List<Phase> phases, Duration window) {
        this.phases = phases;
        this.window = window;
    }

    /**
     * @param phases the phases to split by; empty when the traffic has no timestamps
     * @param dimension the slice columns, one or more
     */
    static PhasedMix query(Database db, ArmTraffic traffic, Arms arms, List<Phase> phases, Duration window,
                           List<String> dimension) throws SQLException {
        PhasedMix mix = new PhasedMix(phases, window);
        boolean split = traffic.timed() && !phases.isEmpty();
        List<Object> windowParams = new ArrayList<>();
        List<Object> phaseParams = new ArrayList<>();
        String ph = "0";
        String win = "0";
        if (split) {
            StringBuilder phase = new StringBuilder("CASE");
            StringBuilder start = new StringBuilder("CASE");
            for (int i = 0; i < phases.size(); i++) {
                phase.append(" WHEN __ts < ").append(Sql.timestampParam()).append(" THEN ").append(i);
                phaseParams.add(micros(phases.get(i).range().end()));
                start.append(" WHEN __ph = ").append(i).append(" THEN CAST(? AS BIGINT)");
                windowParams.add(micros(phases.get(i).range().start()));
            }
            ph = phase.append(" END").toString();
            win = "CAST(floor((epoch_us(__ts) - " + start.append(" END") + ") / CAST(? AS DOUBLE)) AS BIGINT)";
            windowParams.add(window.toNanos() / 1000);
        }
        StringBuilder dims = new StringBuilder();
        for (int i = 0; i < dimension.size(); i++) {
            dims.append(", ").append(Sql.sliceValue(dimension.get(i))).append(" AS s").append(i);
        }
        String sql = "SELECT __ph, " + win + " AS __win, CAST(__arm AS VARCHAR) = ? AS canary" + dims + ", "
                + traffic.weight() + " AS w FROM (SELECT *, " + ph + " AS __ph FROM " + traffic.relation()
                + " WHERE CAST(__arm AS VARCHAR) IN (?, ?)" + (traffic.timed() ? " AND __ts IS NOT NULL" : "")
                + ") WHERE __ph IS NOT NULL GROUP BY ALL";
        // parameters in the order they appear in the text
        List<Object> ordered = new ArrayList<>(windowParams);
        ordered.add(arms.canary());
        ordered.addAll(phaseParams);
        ordered.add(arms.baseline());
        ordered.add(arms.canary());
        for (Row r : db.query(sql, ordered.toArray())) {
            Map<String, String> key = new LinkedHashMap<>();
            for (int i = 0; i < dimension.size(); i++) {
                key.put(dimension.get(i), r.str("s" + i, "(missing)"));
            }
            mix.mixes.computeIfAbsent((int) r.lng("__ph"), k -> new TreeMap<>())
                    .computeIfAbsent(r.lng("__win"), k -> new SliceMix())
                    .add(SliceKey.of(key), Boolean.TRUE.equals(r.get("canary")), r.dbl("w"));
        }
        return mix;
    }

    private static long micros(Instant t) {
        return t.getEpochSecond() * 1_000_000L + t.getNano() / 1000;
    }

    /** Indices of the phases that have traffic. */
    List<Integer> phaseIndices() {
        return List.copyOf(mixes.keySet());
    }

    /** All traffic of one phase. */
    SliceMix phase(int index) {
        SliceMix total = new SliceMix();
        mixes.getOrDefault(index, new TreeMap<>()).values().forEach(total::addAll);
        return total;
    }

    /** All traffic, whatever the phase. */
    SliceMix whole() {
        SliceMix total = new SliceMix();
        mixes.values().forEach(w -> w.values().forEach(total::addAll));
        return total;
    }

    /** The windows of one phase with their time ranges, in time order. */
    Map<TimeRange, SliceMix> windows(int index) {
        Map<TimeRange, SliceMix> out = new LinkedHashMap<>();
        if (phases.isEmpty()) {
            return out;
        }
        TimeRange phase = phases.get(index).range();
        for (Map.Entry<Long, SliceMix> e : mixes.getOrDefault(index, new TreeMap<>()).entrySet()) {
            Instant start = phase.start().plus(window.multipliedBy(e.getKey()));
            Instant end = start.plus(window).isAfter(phase.end()) ? phase.end() : start.plus(window);
            out.put(new TimeRange(start, end), e.getValue());
        }
        return out;
    }

    /** The phase at an index, if the traffic is timed. */
    java.util.Optional<Phase> phaseAt(int index) {
        return phases.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(phases.get(index));
    }
}
