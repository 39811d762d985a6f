package dev.mlwb.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.evidence.SchemaCompatibility;
import dev.mlwb.analysis.evidence.VersionVerdict;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The findings {@code rollback-incompatibility/README.md} promises. */
class RollbackIncompatibilityTest {
    private static OpsSampleRun run;

    @BeforeAll
    static void analyse() throws Exception {
        run = OpsSampleRun.of("rollback-incompatibility");
    }

    @Test
    void rollingBackToTheStrictV1IsCriticalAndTheFailedRollbackIsShown() {
        Finding f = run.findings("deploy.rollback-compat").get(0);
        assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(f.title()).startsWith("Rolling back to v1 (and 1 older version) would break on payload p8: "
                + "it is strict and rejects the new field `session_dwell_rt`; `dwell_time` changed type long → double");
        assertThat(f.subjects()).contains(Subject.model("v1"), Subject.model("v0"), Subject.feature("session_dwell_rt"));
        assertThat(f.measures()).containsEntry("errors_after_rollback", 48.0);
        assertThat(f.windows()).singleElement().satisfies(w ->
                assertThat(w.start()).isEqualTo(Instant.parse("2026-01-20T10:52:00Z")));
        SchemaCompatibility e = (SchemaCompatibility) f.evidence().get(0);
        assertThat(e.versions()).extracting(VersionVerdict::verdict).containsExactly(
                "v2 (in service): safe",
                "rollback to v1: unsafe: `dwell_time` long → double, strict, rejects unknown `session_dwell_rt`",
                "rollback to v0: unsafe: requires `geo_bucket` (missing), ignores `dwell_time`, ignores `country`, "
                        + "ignores `session_dwell_rt`");
    }

    @Test
    void theCanarysCtrDropTriggeredTheSlowGuardrail() {
        Finding f = run.findings("canary.guardrail-slow", Severity.CRITICAL).get(0);
        assertThat(f.subjects()).containsExactly(Subject.metric("ctr"));
        assertThat(f.measures().get("relative_change")).isLessThan(-0.10);
        assertThat(f.measures().get("consecutive_windows")).isGreaterThanOrEqualTo(3.0);
    }

    @Test
    void theOutageAfterTheRollbackShowsInTheFastGuardrailAndTheTimeline() {
        Finding f = run.findings("canary.guardrail-fast").get(0);
        assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(f.summary()).contains("the canary is not implicated");
        assertThat(f.subjects()).containsExactly(Subject.metric("success_rate"));
        assertThat(f.measures().get("breach_minutes")).isEqualTo(8.0);
        assertThat(run.timeline.markers()).extracting(m -> m.kind()).containsExactly("deploy", "canary_start", "rollback",
                "deploy");
        assertThat(run.timeline.events()).filteredOn(e -> e.type().equals("serving_error")).hasSize(47);
        assertThat(run.timeline.findings()).extracting(w -> w.check()).contains("deploy.rollback-compat",
                "canary.guardrail-slow", "canary.guardrail-fast");
    }

    @Test
    void nothingElseIsCritical() {
        assertThat(run.criticalChecks()).isEqualTo(Set.of("deploy.rollback-compat", "canary.guardrail-slow",
                "canary.guardrail-fast"));
    }
}
