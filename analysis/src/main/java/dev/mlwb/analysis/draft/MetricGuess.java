package dev.mlwb.analysis.draft;

import dev.mlwb.analysis.bundle.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A serving time series: a time, numeric columns whose names are metric kinds (requests, errors,
 * latency percentiles, ...), optionally an arm and slice columns; no identifier column.
 */
final class MetricGuess {
    private MetricGuess() {
    }

    static Optional<Mapping> metrics(FileProfile f) {
        Mapping m = new Mapping(f, Role.METRICS);
        if (m.best(ColumnTraits::entity, 0.85).isPresent() || m.best(ColumnTraits::score, 1).isPresent()) {
            return Optional.empty();
        }
        Optional<ColumnProfile> ts = TableGuesser.rowTimestamp(m);
        if (ts.isEmpty()) {
            return Optional.empty();
        }
        m.map("timestamp", ts.get(), "the time bucket");
        int standard = 0;
        List<ColumnProfile> custom = new ArrayList<>();
        for (ColumnProfile c : m.unused()) {
            if (!c.numeric() || ColumnTraits.epochUnit(c).isPresent() && ColumnTraits.timestamp(c) >= 0.5) {
                continue;
            }
            Optional<String> kind = MetricKinds.standard(c.names());
            if (kind.isPresent() && !m.metrics.containsKey(kind.get())) {
                m.metrics.put(kind.get(), c.name());
                m.used.add(c.name());
                m.why.put("metrics." + kind.get(), "the name says " + kind.get().replace('_', ' ') + "; "
                        + Describe.values(c));
                standard++;
            } else {
                custom.add(c);
            }
        }
        if (standard == 0) {
            return Optional.empty();
        }
        for (ColumnProfile c : custom) {
            String kind = MetricKinds.custom(c.names());
            if (!m.metrics.containsKey(kind)) {
                m.metrics.put(kind, c.name());
                m.used.add(c.name());
                m.why.put("metrics." + kind, "kept as a custom metric; " + Describe.values(c));
            }
        }
        Optional<ColumnProfile> arm = m.best(ColumnTraits::arm, 0.6);
        arm.ifPresent(c -> m.map("arm", c, "a few values that name versions or arms"));
        FeatureGuess.slices(m, "low-cardinality text: traffic is broken down by these");
        m.score = 1.2 + 0.4 * Math.min(4, standard) + (arm.isPresent() ? 0.3 : 0)
                + (TableGuesser.pathSays(f, TableGuesser.metricWords()) ? 0.4 : 0);
        m.comment = "metrics: a time series of " + standard + " known metric kinds"
                + (arm.isPresent() ? " per arm" : "") + (m.slices.isEmpty() ? "" : " and slice");
        return Optional.of(m);
    }
}
