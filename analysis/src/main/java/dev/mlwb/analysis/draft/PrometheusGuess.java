package dev.mlwb.analysis.draft;

import dev.mlwb.analysis.bundle.Role;
import dev.mlwb.analysis.bundle.SourceFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Saved Prometheus {@code query_range} responses of one folder become one metrics source (so that
 * requests and errors meet in one table): a metric kind per file from its name, the arm and slices
 * from the series' labels (infrastructure labels such as {@code instance} and {@code pod} are summed
 * over, not sliced by).
 */
final class PrometheusGuess {
    private static final Set<String> INFRASTRUCTURE = Set.of("__name__", "instance", "job", "pod", "container",
            "namespace", "node", "le", "quantile", "endpoint", "service", "host", "exported_instance", "cluster");

    private PrometheusGuess() {
    }

    static DraftSource group(List<FileProfile> files, String name) {
        Map<String, String> metrics = new LinkedHashMap<>();
        Map<String, String> why = new LinkedHashMap<>();
        for (FileProfile f : files) {
            Names n = Names.of(f.stem());
            String kind = MetricKinds.standard(n).orElse(MetricKinds.custom(n));
            if (!metrics.containsKey(kind)) {
                metrics.put(kind, f.path());
                why.put("metrics." + kind, MetricKinds.standard(n).isPresent() ? "the file name says "
                        + kind.replace('_', ' ') : "kept as a custom metric");
            }
        }
        FileProfile first = files.get(0);
        Mapping m = new Mapping(first, Role.METRICS);
        first.columns().stream().filter(c -> c.name().equals("timestamp") || c.name().equals("value")
                || INFRASTRUCTURE.contains(c.name())).forEach(c -> m.used.add(c.name()));
        Optional<ColumnProfile> arm = m.best(ColumnTraits::arm, 0.6);
        arm.ifPresent(c -> m.map("arm", c, "a label whose few values name versions or arms"));
        FeatureGuess.slices(m, "labels with a few values");
        why.putAll(m.why);
        List<String> notes = new ArrayList<>();
        notes.add("saved query_range responses: " + String.join(", ", files.stream().map(FileProfile::path).toList()));
        return new DraftSource(first.path(), Role.METRICS, SourceFormat.PROMETHEUS, name, Optional.empty(), m.columns,
                m.slices, metrics, Map.of(), Optional.empty(), "metrics: saved Prometheus query_range responses, one "
                + "per metric kind", why, notes, 0.8);
    }
}
