package dev.mlwb.analysis.evidence;

import dev.mlwb.analysis.time.TimeRange;
import java.util.List;

/**
 * A business metric (CTR, conversion rate, AUC) per arm over the slow guardrail's windows, with the
 * change of the canary against the baseline in each window, the runs of consecutive breached
 * windows, and the deployment events as markers.
 *
 * @param metric {@code ctr}, {@code conversion} or {@code auc}
 * @param changeKind {@code relative} (rates) or {@code absolute} (AUC)
 * @param threshold the change (negative) beyond which a window breaches
 * @param windowSeconds the window length
 * @param runs stretches of at least the required number of consecutive breached windows
 */
public record BusinessMetricWindows(String title, String metric, String changeKind, String baselineArm,
                                    String canaryArm, double threshold, long windowSeconds, List<MetricWindow> windows,
                                    List<TimeRange> runs, List<TimeMarker> markers) implements Evidence {
    public BusinessMetricWindows {
        windows = List.copyOf(windows);
        runs = List.copyOf(runs);
        markers = List.copyOf(markers);
    }

    @Override
    public String type() {
        return "business-metric-windows";
    }
}
