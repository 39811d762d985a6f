package dev.mlwb.analysis.draft;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The metric kinds of the bundle format, and the words teams use for them: {@code req_count},
 * {@code requestsTotal} and {@code QPS} are requests; {@code p99-ms} and {@code latencyP99} are the
 * 99th percentile latency. A rate or ratio of errors is not a count of errors: it stays a custom metric.
 */
final class MetricKinds {
    /** Kind → words, in the order they are tried (the most specific first). */
    private static final Map<String, Set<String>> KINDS = new LinkedHashMap<>();
    private static final Set<String> RATIO = Set.of("rate", "ratio", "pct", "percent", "share", "fraction", "ctr", "cvr");

    static {
        KINDS.put("latency_p99_ms", Set.of("p99", "p999", "99th", "q99", "99p", "p99ms"));
        KINDS.put("latency_p50_ms", Set.of("p50", "median", "50th", "q50", "50p", "p50ms"));
        KINDS.put("cpu_pct", Set.of("cpu", "cpus"));
        KINDS.put("memory_pct", Set.of("mem", "memory", "ram", "rss"));
        KINDS.put("errors", Set.of("errors", "error", "err", "errs", "failures", "failure", "failed", "fail", "5xx",
                "exceptions", "faults"));
        KINDS.put("impressions", Set.of("impressions", "impression", "imps", "imp", "impr", "views", "shown",
                "exposures", "displays"));
        KINDS.put("clicks", Set.of("clicks", "click", "clk", "clks", "taps"));
        KINDS.put("conversions", Set.of("conversions", "conversion", "convs", "conv", "purchases", "orders",
                "signups", "installs"));
        KINDS.put("replicas", Set.of("replicas", "replica", "pods", "instances", "ready"));
        KINDS.put("requests", Set.of("requests", "request", "req", "reqs", "calls", "qps", "rps", "hits", "traffic",
                "count", "cnt", "total", "volume", "throughput", "n"));
    }

    private MetricKinds() {
    }

    /** The standard kind a numeric column's name points at, if any. */
    static Optional<String> standard(Names n) {
        boolean ratio = n.any(RATIO);
        for (Map.Entry<String, Set<String>> e : KINDS.entrySet()) {
            if (!n.any(e.getValue())) {
                continue;
            }
            String kind = e.getKey();
            boolean percentKind = kind.equals("cpu_pct") || kind.equals("memory_pct") || kind.startsWith("latency");
            if (ratio && !percentKind) {
                return Optional.empty();
            }
            return Optional.of(kind);
        }
        return Optional.empty();
    }

    /** A custom kind's name for a column: its words joined with underscores ({@code queue_depth}). */
    static String custom(Names n) {
        return n.words().isEmpty() ? "metric" : String.join("_", n.words());
    }
}
