package dev.mlwb.analysis.checks.serving;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.analysis.check.CheckResult;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.checks.OpsBundle;
import dev.mlwb.analysis.evidence.ReplicaLane;
import dev.mlwb.analysis.evidence.ReplicaLanes;
import dev.mlwb.analysis.evidence.ReplicaVerdict;
import dev.mlwb.analysis.evidence.ScaleStep;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ColdStartCheckTest {
    private static final Instant T0 = Instant.parse("2026-02-01T12:00:00Z");
    private static final String MANIFEST = """
            sources:
              - {role: events, path: events.jsonl}
              - role: metrics
                path: latency.csv
                timestamp: minute
                metrics: {latency_p99_ms: "p99 (ms)", latency_p50_ms: "p50 (ms)"}
            """;

    private static String event(int seconds, String type, String replica) {
        return "{\"timestamp\": \"" + T0.plusSeconds(seconds) + "\", \"type\": \"" + type + "\""
                + (replica == null ? "" : ", \"replica\": \"" + replica + "\"") + "}";
    }

    /** 30 minutes of latency; p99 800 ms in the 3 minutes after minute 10 when {@code spike}. */
    private static List<String> latency(boolean spike) {
        List<String> rows = new ArrayList<>(List.of("minute,p99 (ms),p50 (ms)"));
        for (int m = 0; m < 30; m++) {
            double p99 = spike && m >= 10 && m < 13 ? 800 : 50 + (m % 3);
            rows.add(T0.plusSeconds(60L * m) + "," + p99 + ",12");
        }
        return rows;
    }

    @Test
    void findsTrafficBeforeReadySlowInitMissingReadyAndTheSpike(@TempDir Path dir) throws Exception {
        List<String> events = new ArrayList<>(List.of(
                event(590, "scale", null).replace("}", ", \"from\": 2, \"to\": 4}"),
                event(0, "replica_start", "r1"), event(10, "replica_ready", "r1"), event(20, "replica_first_traffic", "r1"),
                event(600, "replica_start", "r2"), event(612, "replica_first_traffic", "r2"), event(645, "replica_ready", "r2"),
                event(600, "replica_start", "r3"),
                event(601, "replica_start", "r4"), event(640, "replica_first_traffic", "r4"),
                event(700, "replica_ready", null),
                event(720, "pod_evicted", "r9")));
        Collections.shuffle(events, new Random(4));
        try (OpsBundle b = OpsBundle.in(dir).manifest(MANIFEST).lines("events.jsonl", events)
                .lines("latency.csv", latency(true))) {
            CheckResult r = b.run(new ColdStartCheck());
            ReplicaLanes lanes = (ReplicaLanes) r.evidence().get(0);
            assertThat(lanes.lanes()).extracting(ReplicaLane::replica).containsExactly("r1", "r2", "r3", "r4");
            assertThat(lanes.lanes()).extracting(ReplicaLane::verdict).containsExactly(ReplicaVerdict.OK,
                    ReplicaVerdict.SERVED_BEFORE_READY, ReplicaVerdict.NEVER_READY, ReplicaVerdict.SERVED_WITHOUT_READY);
            assertThat(lanes.unlabelledEvents()).isEqualTo(1);
            assertThat(lanes.latency()).hasSize(2);
            assertThat(r.measures().get("replica:r2")).containsEntry("init_seconds", 45.0)
                    .containsEntry("served_before_ready", 1.0).containsEntry("seconds_before_ready", 33.0);
            assertThat(r.measures().get("replica:r1")).containsEntry("served_before_ready", 0.0);

            Finding early = find(r, Severity.CRITICAL);
            assertThat(early.title()).isEqualTo("1 of 4 replicas served traffic before they were ready (up to 33 s early)");
            assertThat(early.subjects()).containsExactly(Subject.replica("r2"));
            assertThat(early.windows()).singleElement().satisfies(w -> {
                assertThat(w.start()).isEqualTo(T0.plusSeconds(612));
                assertThat(w.end()).isEqualTo(T0.plusSeconds(645));
            });
            List<Finding> warnings = r.findings().stream().filter(f -> f.severity() == Severity.WARNING).toList();
            assertThat(warnings).extracting(Finding::title).containsExactly(
                    "1 replica served traffic without ever reporting ready; 1 replica started and never became ready",
                    "1 replica took longer than 30 s to initialise (up to 45 s)",
                    "p99 latency rose 15.7× after scaling 2 → 4 replicas (51 → 800 ms)");
            ScaleStep step = lanes.scaleSteps().get(0);
            assertThat(step.spike()).isTrue();
            assertThat(step.p99Before()).isCloseTo(51.0, org.assertj.core.data.Offset.offset(0.5));
            assertThat(warnings.get(2).windows()).singleElement().satisfies(w -> {
                assertThat(w.start()).isEqualTo(T0.plusSeconds(600));
                assertThat(w.end()).isEqualTo(T0.plusSeconds(780));
            });
        }
    }

    @Test
    void healthyScaleUpRaisesNothing(@TempDir Path dir) throws Exception {
        List<String> events = new ArrayList<>(List.of(event(590, "scale", null).replace("}", ", \"from\": 2, \"to\": 3}")));
        for (int i = 0; i < 3; i++) {
            events.add(event(600, "replica_start", "web-" + i));
            events.add(event(620, "replica_ready", "web-" + i));
            events.add(event(621, "replica_first_traffic", "web-" + i));
        }
        try (OpsBundle b = OpsBundle.in(dir).manifest(MANIFEST).lines("events.jsonl", events)
                .lines("latency.csv", latency(false))) {
            CheckResult r = b.run(new ColdStartCheck());
            assertThat(r.findings()).isEmpty();
            assertThat(r.measures()).containsKeys("replica:web-0", "replica:web-1", "replica:web-2", "metric:latency_p99_ms");
            assertThat(r.measures().get("metric:latency_p99_ms").get("p99_ratio")).isLessThan(1.1);
        }
    }

    @Test
    void aLogWithoutReadyEventsGetsAnInfoNotACrash(@TempDir Path dir) throws Exception {
        try (OpsBundle b = OpsBundle.in(dir).manifest("sources:\n  - {role: events, path: events.jsonl}\n")
                .lines("events.jsonl", List.of(event(0, "replica_start", "a"), event(5, "replica_first_traffic", "a")))) {
            CheckResult r = b.run(new ColdStartCheck());
            assertThat(r.findings()).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.INFO);
                assertThat(f.title()).startsWith("No replica_ready events");
            });
        }
    }

    @Test
    void skipsWithoutReplicaEvents(@TempDir Path dir) throws Exception {
        try (OpsBundle b = OpsBundle.in(dir).manifest("sources:\n  - {role: events, path: events.jsonl}\n")
                .lines("events.jsonl", List.of(event(0, "deploy", null)))) {
            assertThat(new ColdStartCheck().skipReason(b.load())).hasValueSatisfying(s -> assertThat(s)
                    .contains("no replica_start, replica_ready, replica_first_traffic or scale events"));
        }
    }

    private static Finding find(CheckResult r, Severity s) {
        return r.findings().stream().filter(f -> f.severity() == s).findFirst().orElseThrow();
    }
}
