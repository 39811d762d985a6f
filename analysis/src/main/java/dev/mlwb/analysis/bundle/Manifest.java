package dev.mlwb.analysis.bundle;

import dev.mlwb.analysis.time.TimeRange;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed and validated manifest ({@code incident.yaml} or {@code incident.json}); see
 * {@code docs/bundle-format.md}.
 *
 * @param file the manifest's file name, for error messages
 * @param thresholds per-check overrides: check id → key → value
 * @param comparisons feature dataset pairs to compare; {@code comparisonsGiven} tells whether the
 *     manifest listed them or they are the defaults (defaults naming absent datasets are skipped)
 * @param warnings things accepted but worth telling (unknown keys, ...)
 */
public record Manifest(String file, String format, String title, String description, ZoneId timezone,
                       Optional<TimeRange> window, Arms arms, Map<String, Map<String, Double>> thresholds,
                       List<Comparison> comparisons, boolean comparisonsGiven, List<SliceKey> criticalSlices,
                       String productionDataset, List<SourceSpec> sources, List<String> warnings) {

    public static final String FORMAT = "mlwb-incident/1";
    public static final List<Comparison> DEFAULT_COMPARISONS =
            List.of(new Comparison("training", "serving"), new Comparison("baseline", "canary"));

    public Manifest {
        thresholds = Map.copyOf(thresholds);
        comparisons = List.copyOf(comparisons);
        criticalSlices = List.copyOf(criticalSlices);
        sources = List.copyOf(sources);
        warnings = List.copyOf(warnings);
    }

    public List<SourceSpec> sources(Role role) {
        return sources.stream().filter(s -> s.role() == role).toList();
    }
}
