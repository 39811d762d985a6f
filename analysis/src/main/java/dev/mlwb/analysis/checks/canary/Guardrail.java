package dev.mlwb.analysis.checks.canary;

import dev.mlwb.analysis.data.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * One fast infrastructure guardrail: which metric, how one bucket of it is aggregated, and which side of the
 * threshold breaches. The success rate is judged from request and error counts (binomial evidence); latency,
 * CPU and memory from their values (a breach must persist).
 *
 * @param name the metric's name in measures and subjects ({@code success_rate}, {@code latency_p99_ms})
 * @param label words for people
 * @param unit display unit
 * @param thresholdKey the check's threshold key for it
 * @param above whether values at or above the threshold breach (else values below it)
 * @param aggregate the SQL aggregate of one bucket's value over a metrics table's canonical columns (for the
 *     success rate: unused, the check sums requests and errors)
 */
record Guardrail(String name, String label, String unit, String thresholdKey, boolean above, String aggregate) {
    static final String SUCCESS_RATE = "success_rate";

    /**
     * The guardrails a metrics table has the metrics for.
     *
     * @param minP99Requests rows with at least this many requests give a bucket's p99 (see {@link #p99})
     */
    static List<Guardrail> available(Table t, double minP99Requests) {
        List<Guardrail> out = new ArrayList<>();
        if (t.hasMetric("requests") && t.hasMetric("errors")) {
            out.add(new Guardrail(SUCCESS_RATE, "success rate", "%", "min_success_rate", false, ""));
        }
        if (t.hasMetric("latency_p99_ms")) {
            out.add(new Guardrail("latency_p99_ms", "p99 latency", "ms", "max_p99_ms", true, p99(t, minP99Requests)));
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

    /**
     * A bucket's p99 from rows that each carry their own p99 (per slice, per replica, per 10 seconds): the
     * largest p99 among rows with at least {@code minRequests} requests; when every row is thinner (a p99 of a
     * dozen requests is their slowest request, not a percentile), the request-weighted mean of the rows' p99s.
     * Without a requests metric, the largest p99.
     */
    private static String p99(Table t, double minRequests) {
        String p = t.metric("latency_p99_ms");
        if (!t.hasMetric("requests")) {
            return "max(" + p + ")";
        }
        String r = t.metric("requests");
        String both = p + " IS NOT NULL AND " + r + " > 0";
        return "coalesce(max(" + p + ") FILTER (WHERE " + r + " >= " + minRequests + "), sum(" + p + " * " + r
                + ") FILTER (WHERE " + both + ") / nullif(sum(" + r + ") FILTER (WHERE " + both + "), 0), max(" + p
                + "))";
    }

    boolean successRate() {
        return name.equals(SUCCESS_RATE);
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
