package dev.mlwb.analysis.story;

import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.evidence.ReplicaLane;
import dev.mlwb.analysis.evidence.ReplicaLanes;
import dev.mlwb.analysis.evidence.Series;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Replica readiness as a series: per bucket, how many of a finding's replicas were in the state it is about
 * (serving while not ready; or, for slow or missing readiness, started and not ready yet); or, for a finding about
 * latency, the p99 series the evidence carries.
 */
final class ReplicaSeries {
    /** Buckets drawn before the first and after the last replica event, so that a change has a before. */
    private static final int MARGIN = 10;
    private static final int MAX_BUCKETS = 20_000;

    private ReplicaSeries() {
    }

    static List<OnsetSeries> of(ReplicaLanes r, Finding f) {
        long bucket = Math.max(1, r.bucket()) * 1000L;
        if (FindingSeries.names(f, "metric")) {
            return latency(r, f, bucket);
        }
        Set<String> replicas = Set.copyOf(FindingSeries.values(f, "replica"));
        List<long[]> spans = new ArrayList<>();
        long end = Long.MIN_VALUE;
        for (ReplicaLane l : r.lanes()) {
            for (Optional<Instant> t : List.of(l.start(), l.ready(), l.firstTraffic())) {
                end = Math.max(end, t.map(Instant::toEpochMilli).orElse(Long.MIN_VALUE));
            }
        }
        boolean initialising = f.measures().containsKey("slow_replicas") || f.measures().containsKey("never_ready");
        for (ReplicaLane l : r.lanes()) {
            if (!replicas.contains(l.replica())) {
                continue;
            }
            long[] span = initialising ? span(l.start(), l.ready(), end) : switch (l.verdict()) {
                case SERVED_BEFORE_READY, SERVED_WITHOUT_READY -> span(l.firstTraffic(), l.ready(), end);
                case NEVER_READY, SLOW_INIT -> span(l.start(), l.ready(), end);
                default -> null;
            };
            if (span != null) {
                spans.add(span);
            }
        }
        if (spans.isEmpty()) {
            return List.of();
        }
        long first = spans.stream().mapToLong(s -> s[0]).min().orElseThrow();
        long from = Math.floorDiv(first, bucket) * bucket - MARGIN * bucket;
        long to = Math.max(end, spans.stream().mapToLong(s -> s[1]).max().orElseThrow()) + MARGIN * bucket;
        if ((to - from) / bucket > MAX_BUCKETS) {
            bucket = Math.max(bucket, (to - from) / MAX_BUCKETS);
        }
        FindingSeries.Points p = new FindingSeries.Points();
        for (long t = from; t < to; t += bucket) {
            long lo = t;
            long hi = t + bucket;
            p.add(t, spans.stream().filter(s -> s[0] < hi && s[1] > lo).count(), 1);
        }
        boolean serving = !initialising && r.lanes().stream().filter(l -> replicas.contains(l.replica()))
                .anyMatch(l -> Double.isFinite(l.earlySeconds()));
        return List.of(p.series((serving ? "replicas serving before ready" : "replicas starting and not ready")
                + " per " + bucket / 1000 + " s", bucket, true, 1, 0));
    }

    private static long[] span(Optional<Instant> from, Optional<Instant> to, long end) {
        return from.map(f -> new long[] {f.toEpochMilli(), to.map(Instant::toEpochMilli).orElse(end)}).orElse(null);
    }

    private static List<OnsetSeries> latency(ReplicaLanes r, Finding f, long bucket) {
        List<OnsetSeries> out = new ArrayList<>();
        for (Series s : r.latency()) {
            if (!s.label().toLowerCase(Locale.ROOT).contains("p99")) {
                continue;
            }
            FindingSeries.Points p = new FindingSeries.Points();
            long[] t = s.epochMillis();
            double[] v = s.values();
            for (int i = 0; i < v.length; i++) {
                if (Double.isFinite(v[i])) {
                    p.add(t[i], v[i], 1);
                }
            }
            out.add(p.series(s.label() + " per " + bucket / 1000 + " s", bucket, true, 1, Double.NaN));
        }
        return out;
    }
}
