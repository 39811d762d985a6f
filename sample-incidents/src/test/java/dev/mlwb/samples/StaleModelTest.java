package dev.mlwb.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.analysis.check.CheckRun;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.evidence.JobHistory;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The findings {@code stale-model/README.md} promises. */
class StaleModelTest {
    private static OpsSampleRun run;

    @BeforeAll
    static void analyse() throws Exception {
        run = OpsSampleRun.of("stale-model");
    }

    @Test
    void threeWeeksOfFailedRetrainingIsCritical() {
        Finding f = run.findings("training.staleness").get(0);
        assertThat(run.findings("training.staleness")).hasSize(1);
        assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(f.title()).startsWith("train-fraud-daily has not produced a model for ")
                .endsWith("(usual interval 24 h): the last 21 runs failed");
        assertThat(f.subjects()).containsExactly(Subject.job(StaleModel.JOB), Subject.model("fraud-20260201"));
        assertThat(f.summary()).contains("21 × \"" + StaleModel.ERROR + "\"").contains("drowned in the noise");
        assertThat(f.measures()).containsEntry("consecutive_failures", 21.0).containsEntry("alerts_about_job", 21.0);
        assertThat(f.measures().get("staleness_ratio")).isGreaterThan(20.0);
        assertThat(f.measures().get("alerts_during_streak")).isGreaterThan(500.0);
        JobHistory h = (JobHistory) f.evidence().get(0);
        assertThat(h.runs()).hasSize(34);
        assertThat(h.streaks()).singleElement().satisfies(s -> assertThat(s.messages()).singleElement()
                .satisfies(m -> assertThat(m.message()).isEqualTo(StaleModel.ERROR)));
    }

    @Test
    void upstreamDataKeptArrivingAndNothingElseIsCritical() {
        assertThat(run.status("data.freshness")).isEqualTo(CheckRun.Status.RAN);
        assertThat(run.findings("data.freshness")).isEmpty();
        assertThat(run.report.check("data.freshness").orElseThrow().measures())
                .containsKeys("source:transactions", "source:chargebacks");
        assertThat(run.report.check("training.staleness").orElseThrow().measures()).containsOnlyKeys("job:" + StaleModel.JOB);
        assertThat(run.criticalChecks()).isEqualTo(Set.of("training.staleness"));
    }
}
