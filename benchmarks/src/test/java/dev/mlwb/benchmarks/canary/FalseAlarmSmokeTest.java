package dev.mlwb.benchmarks.canary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small, deterministic slice of the false-alarm benchmark ({@link FalseAlarmBenchmark}), so that a change that
 * brings back criticals on healthy canaries, or stops finding a fault, shows in {@code mvn verify}: a thin, a
 * middling and a thick healthy canary raise no critical, and each fault kind injected into one of them is found by
 * its check. The rates themselves come from the benchmark's many seeds (benchmarks/README.md), not from this test.
 */
class FalseAlarmSmokeTest {
    /** Canary traffic of about 35 (thin), 650 and 1,370 requests a minute. */
    private static final long[] SEEDS = {1, 11, 14};

    @TempDir
    Path tmp;

    @Test
    void healthyCanariesRaiseNoCriticalAndEveryInjectedFaultIsFound() throws Exception {
        List<FalseAlarmRun.Outcome> outcomes = new ArrayList<>();
        for (long seed : SEEDS) {
            outcomes.add(FalseAlarmRun.run(tmp, seed, Fault.NONE));
        }
        int i = 0;
        for (Fault f : Fault.values()) {
            if (f != Fault.NONE) {
                outcomes.add(FalseAlarmRun.run(tmp, SEEDS[i++ % SEEDS.length], f));
            }
        }
        FalseAlarmBenchmark.Report report = FalseAlarmBenchmark.Report.of(outcomes);
        assertThat(report.healthy()).as("healthy canaries").allSatisfy(o -> {
            assertThat(o.criticalChecks()).as("criticals on healthy seed %d", o.seed()).isEmpty();
            assertThat(o.failedChecks()).isEmpty();
        });
        assertThat(report.faulty()).as("injected faults").allSatisfy(o -> {
            assertThat(o.found()).as("%s on seed %d found by %s", o.fault(), o.seed(), o.fault().expectedCheck()).isTrue();
            assertThat(o.failedChecks()).isEmpty();
        });
        assertThat(report.markdown("n/a")).contains("With any critical: 0 (0.0 %)").contains("found 5 (100.0 %)");
        try (var files = Files.list(tmp)) {
            assertThat(files).as("bundles are deleted after the run").isEmpty();
        }
    }

    @Test
    void theSameSeedWritesTheSameBundle() throws Exception {
        CanaryBundle.write(tmp.resolve("a"), 7, Fault.SLICE_CTR_DROP);
        CanaryBundle.write(tmp.resolve("b"), 7, Fault.SLICE_CTR_DROP);
        for (String f : List.of("incident.yaml", "metrics/serving_by_minute.csv", "logs/requests_baseline.csv",
                "logs/requests_canary.csv", "events/deploy.jsonl")) {
            assertThat(Files.mismatch(tmp.resolve("a").resolve(f), tmp.resolve("b").resolve(f))).as(f).isEqualTo(-1L);
        }
    }
}
