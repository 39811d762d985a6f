package dev.mlwb.analysis.checks.canary;

import static dev.mlwb.analysis.checks.canary.CanaryFixture.cell;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.analysis.check.CheckResult;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.check.Subject;
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

    private static CanaryFixture.Cell failing(String arm, long requests, long errors) {
        return new CanaryFixture.Cell(arm, "ios", requests, errors, 100, requests * 8, requests / 3);
    }

    @Test
    void aCanaryLatencyBreachThatPersistsIsCriticalWithItsMinutes() throws Exception {
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
    void isolatedLatencySpikesDoNotPersistAndRaiseNothing() throws Exception {
        // one-minute spikes at minutes 3, 9 and 15 (a GC pause, a slow dependency call): never two in a row
        CheckResult r = CanaryFixture.write(tmp, 20, m -> List.of(slow("old", "ios", m == 9 ? 700 : 110),
                slow("new", "ios", m % 12 == 3 ? 650 : 120)), "", List.of()).run(new GuardrailFastCheck());
        assertThat(r.findings()).isEmpty();
        assertThat(r.measures().get("metric:latency_p99_ms")).containsEntry("canary_breach_minutes", 2.0)
                .containsEntry("baseline_breach_minutes", 1.0);
    }

    @Test
    void aBaselineOnlyOutageIsStillCriticalButClearsTheCanary() throws Exception {
        CheckResult r = CanaryFixture.write(tmp, 10, m -> List.of(slow("old", "ios", m == 4 || m == 5 ? 600 : 100),
                slow("new", "ios", 100)), "", List.of()).run(new GuardrailFastCheck());
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(f.title()).contains("in the baseline (old)");
            assertThat(f.summary()).contains("the canary is not implicated");
            assertThat(f.remedy()).startsWith("Restore the service on the baseline first");
        });
    }

    @Test
    void successRateBreachesNeedBinomialEvidenceAndTwoWindowsForACritical() throws Exception {
        // minute 2: 30 errors in 1010 requests (97.03%; exact binomial p = 2.5e-7 against 1%): one window alone
        // is a warning; android alone in minute 3 (5 of 10) is summed with ios (6 of 1010) and is fine
        CheckResult one = CanaryFixture.write(tmp.resolve("one"), 10, m -> List.of(
                new CanaryFixture.Cell("new", "ios", 1000, m == 2 ? 30 : 1, 100, 8000, 320),
                new CanaryFixture.Cell("new", "android", 10, m == 3 ? 5 : 0, 100, 80, 3),
                new CanaryFixture.Cell("old", "ios", 1000, 1, 100, 8000, 320)), "", List.of())
                .run(new GuardrailFastCheck());
        assertThat(one.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.title()).startsWith("Success rate below 99% in the canary (new) for 1 min (worst 97.03%)");
            assertThat(f.summary()).contains("30 failures in 1,010 requests").contains("p = 2.5e-07");
        });
        CheckResult two = CanaryFixture.write(tmp.resolve("two"), 10, m -> List.of(
                failing("new", 1000, m == 2 || m == 6 ? 30 : 1), failing("old", 1000, 1)), "", List.of())
                .run(new GuardrailFastCheck());
        assertThat(two.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(f.measures()).containsEntry("breached_windows", 2.0);
            assertThat(f.windows()).hasSize(2);
        });
    }

    @Test
    void aThinMinuteWithOneFailureOrARoutineMinuteAtTheSloIsNoBreach() throws Exception {
        // a 10% canary: 13 requests a minute with one failure now and then (92% by the point value); the
        // baseline 1,000 requests a minute at about 1% errors (98.99% in some minutes)
        CheckResult r = CanaryFixture.write(tmp, 30, m -> List.of(failing("new", 13, m % 7 == 0 ? 1 : 0),
                failing("old", 1000, m % 2 == 0 ? 11 : 9)), "", List.of()).run(new GuardrailFastCheck());
        assertThat(r.findings()).isEmpty();
        assertThat(r.measures().get("metric:success_rate")).containsEntry("baseline_breached_windows", 0.0)
                .containsEntry("canary_breached_windows", 0.0);
        // the canary's minutes are pooled into windows of at least 100 requests (8 minutes)
        assertThat(r.measures().get("metric:success_rate").get("canary_judged_windows")).isEqualTo(3.0);
    }

    @Test
    void aThinCanaryWithAnErrorStepIsFoundInPooledWindows() throws Exception {
        // 20 requests a minute; from minute 20 on, 1 in 10 fails: each pooled window of 100 requests holds ~10
        CheckResult r = CanaryFixture.write(tmp, 60, m -> List.of(failing("new", 20, m >= 20 ? 2 : 0),
                failing("old", 1000, 3)), "", List.of()).run(new GuardrailFastCheck());
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(f.title()).contains("in the canary (new)");
            assertThat(f.measures().get("breached_windows")).isGreaterThanOrEqualTo(2.0);
        });
    }

    @Test
    void aBreachInBothArmsAtOnceIsAPlatformWarningNamingBoth() throws Exception {
        CheckResult r = CanaryFixture.write(tmp, 20, m -> List.of(failing("new", 300, m >= 8 && m < 12 ? 15 : 0),
                failing("old", 3000, m >= 8 && m < 12 ? 150 : 3)), "", List.of()).run(new GuardrailFastCheck());
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.title()).isEqualTo("Success rate below 99% in both arms, baseline (old) and canary (new), "
                    + "at the same time");
            assertThat(f.subjects()).contains(Subject.model("old"), Subject.model("new"));
            assertThat(f.summary()).contains("not the canary's fault");
        });
    }

    @Test
    void aCanaryFailingFarMoreOftenThanTheBaselineIsAWarningWithinTheSlo() throws Exception {
        // 0.8% errors in the canary against 0.1% in the baseline: within the 99% SLO, but 8 times worse
        CheckResult r = CanaryFixture.write(tmp, 60, m -> List.of(failing("new", 500, m % 5 == 0 ? 8 : 3),
                failing("old", 5000, 5)), "", List.of()).run(new GuardrailFastCheck());
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.title()).startsWith("Canary (new) fails");
            assertThat(f.measures().get("error_ratio")).isGreaterThan(4.0);
            assertThat(f.measures().get("pvalue")).isLessThan(1e-6);
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
