package dev.mlwb.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.evidence.ReplicaLanes;
import dev.mlwb.analysis.evidence.ReplicaVerdict;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The findings {@code cold-start/README.md} promises. */
class ColdStartTest {
    private static OpsSampleRun run;

    @BeforeAll
    static void analyse() throws Exception {
        run = OpsSampleRun.of("cold-start");
    }

    @Test
    void eighteenReplicasServedBeforeTheyWereReady() {
        List<Finding> critical = run.findings("serving.cold-start", Severity.CRITICAL);
        assertThat(critical).singleElement().satisfies(f -> {
            assertThat(f.title()).startsWith("18 of 21 replicas served traffic before they were ready");
            assertThat(f.subjects()).hasSize(18).doesNotContain(Subject.replica(ColdStart.OOM_REPLICA));
            assertThat(f.measures().get("max_seconds_before_ready")).isBetween(30.0, 50.0);
        });
        ReplicaLanes lanes = (ReplicaLanes) critical.get(0).evidence().get(0);
        assertThat(lanes.lanes()).hasSize(21);
        assertThat(lanes.lanes()).filteredOn(l -> l.verdict() == ReplicaVerdict.NEVER_READY).singleElement()
                .satisfies(l -> assertThat(l.replica()).isEqualTo(ColdStart.OOM_REPLICA));
        assertThat(lanes.scaleSteps()).singleElement().satisfies(s -> {
            assertThat(s.from()).isEqualTo(2.0);
            assertThat(s.to()).isEqualTo(20.0);
        });
    }

    @Test
    void slowInitialisationTheOomKilledReplicaAndTheLatencySpikeAreWarnings() {
        List<Finding> warnings = run.findings("serving.cold-start", Severity.WARNING);
        assertThat(warnings).extracting(Finding::title).anySatisfy(t -> assertThat(t)
                .isEqualTo("1 replica started and never became ready"));
        assertThat(warnings).anySatisfy(f -> {
            assertThat(f.title()).startsWith("20 replicas took longer than 30 s to initialise");
            assertThat(f.measures().get("max_init_seconds")).isBetween(45.0, 60.0);
        });
        assertThat(warnings).anySatisfy(f -> {
            assertThat(f.title()).startsWith("p99 latency rose").contains("after scaling 2 → 20 replicas");
            assertThat(f.measures().get("p99_before_ms")).isBetween(45.0, 65.0);
            assertThat(f.measures().get("p99_after_ms")).isBetween(750.0, 850.0);
        });
    }

    @Test
    void theFastGuardrailSeesTheSymptomsAndNothingElseIsCritical() {
        assertThat(run.findings("canary.guardrail-fast", Severity.CRITICAL)).flatExtracting(Finding::subjects)
                .containsExactlyInAnyOrder(Subject.metric("success_rate"), Subject.metric("latency_p99_ms"));
        assertThat(run.criticalChecks()).isEqualTo(Set.of("serving.cold-start", "canary.guardrail-fast"));
        assertThat(run.timeline.events()).anySatisfy(e -> assertThat(e.type()).isEqualTo("pod_oom_killed"));
    }
}
