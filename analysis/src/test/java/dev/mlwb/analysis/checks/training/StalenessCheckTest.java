package dev.mlwb.analysis.checks.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.analysis.check.CheckResult;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.checks.OpsBundle;
import dev.mlwb.analysis.evidence.FailureStreak;
import dev.mlwb.analysis.evidence.JobHistory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StalenessCheckTest {
    private static final Instant DAY0 = Instant.parse("2026-01-01T02:00:00Z");
    private static final String MANIFEST = "sources:\n  - {role: events, path: log.jsonl}\n";
    private static final String IMPORT_ERROR = "ImportError: cannot import name 'check_array' from 'sklearn.utils.validation'";

    private static String job(int day, String name, String status, String extra) {
        return "{\"timestamp\": \"" + DAY0.plusSeconds(86400L * day) + "\", \"type\": \"job\", \"name\": \"" + name
                + "\", \"status\": \"" + status + "\"" + extra + "}";
    }

    private static String alert(int day, int k, String message) {
        return "{\"timestamp\": \"" + DAY0.plusSeconds(86400L * day + 360 + 60L * k) + "\", \"type\": \"alert\", "
                + "\"name\": \"a" + k + "\", \"severity\": \"warning\", \"message\": \"" + message + "\"}";
    }

    @Test
    void dailyJobFailingForThreeWeeksIsStaleAndCritical(@TempDir Path dir) throws Exception {
        List<String> lines = new ArrayList<>();
        for (int d = 0; d < 10; d++) {
            lines.add(job(d, "train-fraud", "success", ", \"model_version\": \"v" + d + "\""));
            lines.add(job(d, "export-report", "success", ""));
        }
        for (int d = 10; d < 31; d++) {
            lines.add(job(d, "train-fraud", "running", ""));
            lines.add(job(d, "train-fraud", "failed", ", \"error\": \"" + IMPORT_ERROR + "\"").replace("02:00:00Z", "02:05:00Z"));
            lines.add(job(d, "export-report", "success", ""));
            for (int k = 0; k < 10; k++) {
                lines.add(alert(d, k, k == 0 ? "train-fraud failed" : "disk usage high on node-" + k));
            }
        }
        Collections.shuffle(lines, new Random(7));
        try (OpsBundle b = OpsBundle.in(dir).manifest(MANIFEST).lines("log.jsonl", lines)) {
            CheckResult r = b.run(new StalenessCheck());
            assertThat(r.findings()).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
                assertThat(f.title()).isEqualTo("train-fraud has not produced a model for 21 days (usual interval 24 h): "
                        + "the last 21 runs failed");
                assertThat(f.subjects()).containsExactly(Subject.job("train-fraud"), Subject.model("v9"));
                assertThat(f.summary()).contains("The newest successful run of train-fraud was at Jan 10 02:00 UTC (model v9)")
                        .contains("The last 21 runs, from Jan 11 02:05 to Jan 31 02:05 UTC, failed: 21 × \"" + IMPORT_ERROR)
                        .contains("210 alerts fired meanwhile, 21 of them (10.0%) about train-fraud");
                assertThat(f.measures()).containsEntry("consecutive_failures", 21.0)
                        .containsEntry("alerts_during_streak", 210.0);
                assertThat(f.measures().get("staleness_ratio")).isCloseTo(21.0, org.assertj.core.data.Offset.offset(0.2));
                assertThat(f.windows()).singleElement().satisfies(w ->
                        assertThat(w.start()).isEqualTo(Instant.parse("2026-01-11T02:05:00Z")));
            });
            JobHistory h = (JobHistory) r.evidence().get(0);
            assertThat(h.job()).isEqualTo("train-fraud");
            assertThat(h.runs()).hasSize(31);
            assertThat(h.usualIntervalSeconds()).isEqualTo(86400.0);
            assertThat(h.streaks()).singleElement().extracting(FailureStreak::ongoing).isEqualTo(true);
            assertThat(r.measures()).containsOnlyKeys("job:train-fraud");
        }
    }

    @Test
    void recoveredStreakIsAWarningAndHealthyJobsRaiseNothing(@TempDir Path dir) throws Exception {
        List<String> lines = new ArrayList<>();
        for (int d = 0; d < 20; d++) {
            boolean fail = d >= 5 && d < 9;
            lines.add(job(d, "nightly-train", fail ? "FAILED" : "succeeded", fail ? ", \"error\": \"OOM\"" : ""));
            lines.add(job(d, "retrain-ranker", "success", ""));
        }
        try (OpsBundle b = OpsBundle.in(dir).manifest(MANIFEST).lines("log.jsonl", lines)) {
            CheckResult r = b.run(new StalenessCheck());
            assertThat(r.findings()).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.title()).isEqualTo("nightly-train failed 4 times in a row (Jan 6 02:00–Jan 9 02:00 UTC) before recovering");
                assertThat(f.summary()).contains("4 × \"OOM\"");
            });
            assertThat(r.measures()).containsKeys("job:nightly-train", "job:retrain-ranker");
            assertThat(r.measures().get("job:retrain-ranker")).containsEntry("consecutive_failures", 0.0);
        }
    }

    @Test
    void aMissedScheduleWithoutFailuresIsStale(@TempDir Path dir) throws Exception {
        List<String> lines = new ArrayList<>();
        for (int d = 0; d < 10; d++) {
            lines.add(job(d, "train", "success", ""));
        }
        lines.add("{\"timestamp\": \"" + DAY0.plusSeconds(86400L * 15) + "\", \"type\": \"deploy\"}");
        try (OpsBundle b = OpsBundle.in(dir).manifest(MANIFEST).lines("log.jsonl", lines)) {
            Finding f = b.run(new StalenessCheck()).findings().get(0);
            assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(f.title()).isEqualTo("train has not succeeded for 6 days, 6× its usual interval of 24 h");
            assertThat(f.windows()).singleElement().satisfies(w -> {
                assertThat(w.start()).isEqualTo(DAY0.plusSeconds(86400L * 11));
                assertThat(w.end()).isEqualTo(DAY0.plusSeconds(86400L * 15));
            });
        }
    }

    @Test
    void skipsWithoutJobEvents(@TempDir Path dir) throws Exception {
        try (OpsBundle b = OpsBundle.in(dir).manifest(MANIFEST).lines("log.jsonl", List.of(alert(0, 1, "x")))) {
            assertThat(new StalenessCheck().skipReason(b.load())).contains("the events log has no job events");
        }
    }
}
