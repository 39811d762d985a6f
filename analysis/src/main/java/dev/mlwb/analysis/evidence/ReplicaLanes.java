package dev.mlwb.analysis.evidence;

import java.util.List;

/**
 * Replicas coming up, one lane each (start → ready → first traffic, pre-ready traffic flagged),
 * over the scale events and the latency they caused: p99 and p50 per bucket.
 *
 * @param latency p99 and p50 series (ms), empty without a latency metric
 * @param bucket the latency bucket width in seconds
 * @param unlabelledEvents replica events without a {@code replica} attribute (not drawn)
 */
public record ReplicaLanes(String title, List<ReplicaLane> lanes, List<ScaleStep> scaleSteps, List<Series> latency,
                           long bucket, long unlabelledEvents) implements Evidence {
    public ReplicaLanes {
        lanes = List.copyOf(lanes);
        scaleSteps = List.copyOf(scaleSteps);
        latency = List.copyOf(latency);
    }

    @Override
    public String type() {
        return "replica-lanes";
    }
}
