package dev.mlwb.analysis.data;

/** How series of one metric kind combine when labels are aggregated away: counts add, levels take the maximum. */
final class MetricCombination {
    private MetricCombination() {
    }

    /** Whether the kind is a count (summed) rather than a level or percentile (the maximum is kept). */
    static boolean isCount(String kind) {
        return !(kind.startsWith("latency") || kind.equals("cpu_pct") || kind.equals("memory_pct"));
    }
}
