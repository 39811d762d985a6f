package dev.mlwb.analysis.evidence;

import dev.mlwb.analysis.time.TimeRange;
import java.util.List;

/**
 * A metric over time, one series per arm (or per slice), with the threshold it is held to, the
 * windows where it breached, and deployment events as markers.
 *
 * @param metric the metric kind, e.g. {@code latency_p99_ms} or {@code success_rate}
 * @param unit display unit, e.g. {@code ms}, {@code %}
 * @param threshold the threshold line (NaN if none)
 * @param breachWhen {@code above} or {@code below}: which side of the threshold breaches
 * @param bucket the bucket width in seconds
 */
public record MetricSeries(String title, String metric, String unit, double threshold, String breachWhen,
                           long bucket, List<Series> series, List<TimeRange> breaches, List<TimeMarker> markers)
        implements Evidence {

    public MetricSeries {
        series = List.copyOf(series);
        breaches = List.copyOf(breaches);
        markers = List.copyOf(markers);
    }

    @Override
    public String type() {
        return "metric-series";
    }
}
