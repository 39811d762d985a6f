package dev.mlwb.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.analysis.check.CheckReport;
import dev.mlwb.analysis.check.CheckRun;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Severity;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The findings {@code sample-incidents/canary-contamination/README.md} promises. */
class CanaryContaminationSampleTest {
    private static CheckReport report;

    @BeforeAll
    static void check() throws Exception {
        report = Samples.check("canary-contamination");
    }

    @Test
    void loadsCleanlyAndRunsTheCanaryChecks() {
        assertThat(report.loadIssues()).isEmpty();
        assertThat(report.check("canary.traffic-mix").orElseThrow().status()).isEqualTo(CheckRun.Status.RAN);
        assertThat(report.check("canary.slice-guard").orElseThrow().status()).isEqualTo(CheckRun.Status.RAN);
        assertThat(report.check("canary.guardrail-fast").orElseThrow().status()).isEqualTo(CheckRun.Status.RAN);
    }

    @Test
    void theCanaryGotNoAndroidAndNoInternationalTraffic() {
        List<Finding> mix = report.findings("canary.traffic-mix");
        assertThat(mix).hasSize(2).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.CRITICAL));
        assertThat(mix).flatExtracting(f -> f.subjects().stream().map(Object::toString).toList())
                .containsExactlyInAnyOrder("slice:os=android", "slice:geo=eu", "slice:geo=apac", "slice:geo=latam");
        assertThat(mix.get(0).summary()).startsWith("During canary (Jan 15 09:00–11:00 UTC)")
                .contains("Over the whole incident the mix looks balanced");
    }

    @Test
    void androidAndInternationalCtrFellWhileTheCanaryLookedFine() {
        List<Finding> guard = report.findings("canary.slice-guard");
        assertThat(guard).hasSize(2).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.CRITICAL));
        Finding android = guard.stream().filter(f -> f.title().contains("android")).findFirst().orElseThrow();
        assertThat(android.measures().get("relative_change")).isBetween(-0.22, -0.13);
        assertThat(android.summary()).contains("a critical slice");
        Finding intl = guard.stream().filter(f -> f.title().contains("geo")).findFirst().orElseThrow();
        assertThat(intl.subjects()).extracting(Object::toString).contains("slice:geo=eu", "slice:geo=apac", "slice:geo=latam");
        // iOS in North America got better under the canary: not a regression
        assertThat(report.check("canary.slice-guard").orElseThrow().measures().get("slice:geo=na").get("relative_change"))
                .isPositive();
    }

    @Test
    void fastGuardrailsStayedGreenWhichIsWhyNobodyNoticed() {
        assertThat(report.findings("canary.guardrail-fast")).isEmpty();
        assertThat(report.check("canary.guardrail-fast").orElseThrow().measures().get("metric:latency_p99_ms")
                .get("canary_worst")).isLessThan(500);
    }

    @Test
    void theChanceConversionDipIsAWarningNeverACritical() {
        assertThat(report.findings("canary.guardrail-slow")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.subjects()).extracting(Object::toString).containsExactly("metric:conversion");
            assertThat(f.summary()).contains("not significantly beyond the tolerance").contains("55 stretches");
        });
    }
}
