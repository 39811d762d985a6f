package dev.mlwb.analysis.checks.serving;

import dev.mlwb.analysis.bundle.Role;
import java.util.Set;
import java.util.EnumSet;
import dev.mlwb.analysis.check.Check;
import dev.mlwb.analysis.check.CheckContext;
import dev.mlwb.analysis.check.CheckResult;
import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.check.ThresholdSpec;
import dev.mlwb.analysis.data.IncidentData;
import dev.mlwb.analysis.evidence.ReplicaLane;
import dev.mlwb.analysis.evidence.ReplicaLanes;
import dev.mlwb.analysis.evidence.ReplicaVerdict;
import dev.mlwb.analysis.evidence.ScaleStep;
import dev.mlwb.analysis.timeline.EventInventory;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * {@code serving.cold-start}: per replica, start → ready → first traffic from the events log.
 * Traffic before a replica's ready event is critical; initialisation longer than the limit, and
 * p99 latency after a scale-up more than twice the p99 before it, are warnings.
 */
public final class ColdStartCheck implements Check {
    public static final String ID = "serving.cold-start";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Replicas served traffic before ready; latency spikes after scale-up";
    }

    @Override
    public Set<Role> reads() {
        return EnumSet.of(Role.EVENTS, Role.METRICS);
    }

    @Override
    public List<ThresholdSpec> thresholds() {
        return List.of(
                new ThresholdSpec("max_init_seconds", 30, "a replica taking longer from start to ready is slow"),
                new ThresholdSpec("max_p99_ratio", 2, "p99 after a scale-up above this multiple of p99 before it spikes"),
                new ThresholdSpec("latency_window_minutes", 10, "the windows before and after a scale event compared"));
    }

    @Override
    public Optional<String> skipReason(IncidentData data) {
        if (data.events().isEmpty()) {
            return Optional.of("no events source");
        }
        if (!EventInventory.of(data).hasAny("replica_start", "replica_ready", "replica_first_traffic", "scale")) {
            return Optional.of("the events log has no replica_start, replica_ready, replica_first_traffic or scale events");
        }
        return Optional.empty();
    }

    @Override
    public CheckResult run(CheckContext ctx) throws SQLException {
        double maxInit = ctx.threshold("max_init_seconds");
        double maxRatio = ctx.threshold("max_p99_ratio");
        ReplicaLifecycles replicas = ReplicaLifecycles.query(ctx.data(), maxInit);
        ScaleUpLatency latency = ScaleUpLatency.query(ctx.data(),
                Duration.ofSeconds(Math.round(ctx.threshold("latency_window_minutes") * 60)), maxRatio);
        ReplicaLanes evidence = new ReplicaLanes(title(replicas, latency), replicas.lanes(), latency.steps(),
                latency.series(), latency.bucket(), replicas.unlabelled());
        CheckResult.Builder result = CheckResult.builder().evidence(evidence);
        for (ReplicaLane l : replicas.lanes()) {
            result.measures(Subject.replica(l.replica()), "init_seconds", l.initSeconds(),
                    "served_before_ready", l.verdict() == ReplicaVerdict.SERVED_BEFORE_READY ? 1 : 0,
                    "seconds_before_ready", l.earlySeconds());
        }
        List<ScaleStep> ups = latency.steps().stream().filter(ScaleStep::scaleUp).toList();
        if (!ups.isEmpty() && latency.source().isPresent()) {
            ScaleStep worst = ups.stream().filter(s -> !Double.isNaN(s.ratio()))
                    .max(java.util.Comparator.comparingDouble(ScaleStep::ratio)).orElse(ups.get(0));
            result.measures(Subject.metric("latency_p99_ms"), "p99_before_ms", worst.p99Before(),
                    "p99_after_ms", worst.p99After(), "p99_ratio", worst.ratio(), "scale_ups", ups.size());
        }
        ColdStartFindings findings = new ColdStartFindings(evidence, maxInit, maxRatio);
        findings.servedBeforeReady(replicas).ifPresent(result::finding);
        findings.missingReady(replicas).ifPresent(result::finding);
        findings.slowInit(replicas).ifPresent(result::finding);
        findings.latencySpike(latency).ifPresent(result::finding);
        return result.build();
    }

    private static String title(ReplicaLifecycles replicas, ScaleUpLatency latency) {
        String lanes = replicas.lanes().size() + " replica" + (replicas.lanes().size() == 1 ? "" : "s");
        long scaleEvents = latency.steps().size();
        return lanes + (scaleEvents > 0 ? ", " + scaleEvents + " scale event" + (scaleEvents == 1 ? "" : "s") : "")
                + latency.source().map(s -> ", latency from " + s).orElse("");
    }
}
