package dev.mlwb.analysis.checks.canary;

import static dev.mlwb.analysis.checks.canary.CanaryFixture.cell;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.analysis.check.CheckResult;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.evidence.MetricSeries;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuardrailFastCheckTest {
    @TempDir
    Path tmp;

    private static CanaryFixture.Cell slow(String arm, String platform, double p99) {
        CanaryFixture.Cell c = cell(arm, platform, 500, 0.04);
        return new CanaryFixture.Cell(c.arm(), c.platform(), c.requests(), c.errors(), p99, c.impressions(), c.clicks());
    }

    @Test
    void aCanaryLatencyBreachIsCriticalWithItsMinutes() throws Exception {
        CheckResult r = CanaryFixture.write(tmp, 20, m -> List.of(slow("old", "ios", 110),
                slow("new", "ios", m >= 5 && m < 8 ? 820 : 120)), "", List.of()).run(new GuardrailFastCheck());
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(f.title()).isEqualTo("P99 latency at or above 500 ms in the canary (new) for 3 min (worst 820 ms)");
            assertThat(f.windows()).singleElement().satisfies(w -> {
                assertThat(w.start()).isEqualTo(Instant.parse("2026-01-15T10:05:00Z"));
                assertThat(w.end()).isEqualTo(Instant.parse("2026-01-15T10:08:00Z"));
            });
        });
        MetricSeries p99 = r.evidence().stream().map(MetricSeries.class::cast)
                .filter(e -> e.metric().equals("latency_p99_ms")).findFirst().orElseThrow();
        assertThat(p99.series()).hasSize(2);
        assertThat(p99.threshold()).isEqualTo(500.0);
        assertThat(r.measures().get("metric:latency_p99_ms")).containsEntry("canary_breach_minutes", 3.0);
    }

    @Test
    void aBaselineOnlyBreachIsStillCriticalButClearsTheCanary() throws Exception {
        CheckResult r = CanaryFixture.write(tmp, 10, m -> List.of(slow("old", "ios", m == 4 ? 600 : 100),
                slow("new", "ios", 100)), "", List.of()).run(new GuardrailFastCheck());
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(f.title()).contains("in the baseline (old)");
            assertThat(f.summary()).contains("the canary is not implicated");
            assertThat(f.remedy()).startsWith("Restore the service on the baseline first");
        });
    }

    @Test
    void errorsBreachTheSuccessRateOnlyWithEnoughRequests() throws Exception {
        CheckResult r = CanaryFixture.write(tmp, 10, m -> List.of(
                new CanaryFixture.Cell("new", "ios", 1000, m == 2 ? 30 : 1, 100, 8000, 320),
                new CanaryFixture.Cell("new", "android", 10, m == 3 ? 5 : 0, 100, 80, 3),
                new CanaryFixture.Cell("old", "ios", 1000, 1, 100, 8000, 320)), "", List.of())
                .run(new GuardrailFastCheck());
        // minute 2: 30 errors in 1010 requests (97.03%); minute 3: 6 in 1010 (99.4%) is fine;
        // android alone in minute 3 (5 of 10) has too few requests to be judged, and is summed with ios
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.title()).startsWith("Success rate below 99% in the canary (new) for 1 min (worst 97.03%)");
        });
    }

    @Test
    void healthyTrafficRaisesNothingButStillShowsItsSeries() throws Exception {
        CheckResult r = CanaryFixture.write(tmp, 10, m -> List.of(slow("old", "ios", 100), slow("new", "ios", 120)),
                "", List.of()).run(new GuardrailFastCheck());
        assertThat(r.findings()).isEmpty();
        assertThat(r.evidence()).hasSize(2);
        assertThat(r.measures().get("metric:latency_p99_ms")).containsEntry("canary_worst", 120.0);
    }
}
