package dev.mlwb.analysis.profile;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How the second pass counts a target.
 *
 * @param window the window length for per-window counts (none: the part is not cut)
 * @param edges per numeric column its shared fine edges; a column without edges is counted exactly per value
 * @param identifiers categorical columns judged identifiers from the first pass: only their distinct values are estimated
 */
public record ProfilePlan(Optional<Duration> window, Map<String, double[]> edges, Set<String> identifiers) {
    public ProfilePlan {
        edges = Map.copyOf(edges);
        identifiers = Set.copyOf(identifiers);
    }
}
