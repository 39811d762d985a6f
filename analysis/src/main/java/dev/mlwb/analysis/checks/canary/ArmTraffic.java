package dev.mlwb.analysis.checks.canary;

import dev.mlwb.analysis.bundle.Arms;
import dev.mlwb.analysis.data.IncidentData;
import dev.mlwb.analysis.data.Sql;
import dev.mlwb.analysis.data.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where an incident's traffic per arm and slice can be counted, best first: a metrics source with
 * an arm, slices and request (or impression) counts; a predictions source with an arm and slices
 * (one row per request); or the {@code baseline} and {@code canary} features datasets.
 *
 * @param relation a SQL relation with {@code __arm}, optionally {@code __ts}, and the slice columns
 * @param weight the aggregate that counts traffic, e.g. {@code sum("__m_requests")}
 * @param unit what is counted, in words
 * @param timed whether the relation has {@code __ts}
 */
record ArmTraffic(String source, String relation, String weight, String unit, List<String> slices, boolean timed) {

    static Optional<ArmTraffic> find(IncidentData data) {
        for (String kind : List.of("requests", "impressions")) {
            for (Table t : data.metricsWith(kind)) {
                if (t.has("arm") && !t.slices().isEmpty()) {
                    return Optional.of(new ArmTraffic(t.name(), t.view(), "sum(" + t.metric(kind) + ")", kind,
                            t.slices(), true));
                }
            }
        }
        for (Table t : data.tables(dev.mlwb.analysis.bundle.Role.PREDICTIONS)) {
            if (t.has("arm") && !t.slices().isEmpty()) {
                return Optional.of(new ArmTraffic(t.name(), t.view(), "count(*)", "predictions", t.slices(),
                        t.has("timestamp")));
            }
        }
        return fromFeatures(data);
    }

    private static Optional<ArmTraffic> fromFeatures(IncidentData data) {
        Arms arms = data.manifest().arms();
        Optional<Table> baseline = data.features("baseline");
        Optional<Table> canary = data.features("canary");
        if (baseline.isEmpty() || canary.isEmpty()) {
            return Optional.empty();
        }
        List<String> slices = new ArrayList<>(baseline.get().slices());
        slices.retainAll(canary.get().slices());
        if (slices.isEmpty()) {
            return Optional.empty();
        }
        boolean timed = baseline.get().has("timestamp") && canary.get().has("timestamp");
        String cols = Sql.idents(slices) + (timed ? ", __ts" : "");
        String relation = "(SELECT " + Sql.string(arms.baseline()) + " AS __arm, " + cols + " FROM "
                + baseline.get().view() + " UNION ALL SELECT " + Sql.string(arms.canary()) + " AS __arm, " + cols
                + " FROM " + canary.get().view() + ")";
        return Optional.of(new ArmTraffic("baseline and canary features", relation, "count(*)", "rows", slices, timed));
    }

    /** Why no traffic source was found, for a skipped check. */
    static String missing() {
        return "no source counts traffic by arm and slice (a metrics source with arm, slices and requests, "
                + "a predictions source with arm and slices, or baseline and canary features datasets with slices)";
    }
}
