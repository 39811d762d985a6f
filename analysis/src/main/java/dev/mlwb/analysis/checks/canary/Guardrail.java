package dev.mlwb.analysis.checks.canary;

import dev.mlwb.analysis.data.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * One fast infrastructure guardrail: which metric, how it is aggregated over a bucket, and which
 * side of the threshold breaches.
 *
 * @param name the metric's name in measures and subjects ({@code success_rate}, {@code latency_p99_ms})
 * @param label words for people
 * @param unit display unit
 * @param thresholdKey the check's threshold key for it
 * @param above whether values at or above the threshold breach (else values below it)
 * @param aggregate the SQL aggregate of one bucket, over a metrics table's canonical columns
 */
record Guardrail(String name, String label, String unit, String thresholdKey, boolean above, String aggregate) {

    /** The guardrails a metrics table has the metrics for. */
    static List<Guardrail> available(Table t) {
        List<Guardrail> out = new ArrayList<>();
        if (t.hasMetric("requests") && t.hasMetric("errors")) {
            out.add(new Guardrail("success_rate", "success rate", "%", "min_success_rate", false,
                    "1 - sum(" + t.metric("errors") + ") / nullif(sum(" + t.metric("requests") + "), 0)"));
        }
        if (t.hasMetric("latency_p99_ms")) {
            out.add(new Guardrail("latency_p99_ms", "p99 latency", "ms", "max_p99_ms", true,
                    "max(" + t.metric("latency_p99_ms") + ")"));
        }
        if (t.hasMetric("cpu_pct")) {
            out.add(new Guardrail("cpu_pct", "CPU", "%", "max_cpu_pct", true, "max(" + t.metric("cpu_pct") + ")"));
        }
        if (t.hasMetric("memory_pct")) {
            out.add(new Guardrail("memory_pct", "memory", "%", "max_memory_pct", true,
                    "max(" + t.metric("memory_pct") + ")"));
        }
        return out;
    }

    boolean breaches(double value, double threshold) {
        if (Double.isNaN(value)) {
            return false;
        }
        return above ? value >= threshold : value < threshold;
    }

    /** The worse of two values for this guardrail. */
    double worse(double a, double b) {
        if (Double.isNaN(a)) {
            return b;
        }
        if (Double.isNaN(b)) {
            return a;
        }
        return above ? Math.max(a, b) : Math.min(a, b);
    }
}
