package dev.mlwb.analysis.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.analysis.check.CheckReport;
import dev.mlwb.analysis.check.CheckRun;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Severity;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bundle where every deployment and operations check has data and nothing is wrong raises nothing. */
class OpsHealthyBundleTest {
    private static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");
    private static final List<String> OPS_CHECKS = List.of("canary.guardrail-slow", "data.freshness",
            "deploy.rollback-compat", "serving.cold-start", "training.nondeterminism", "training.staleness",
            "feedback.popularity-loop");

    private static String at(long minutes) {
        return T0.plusSeconds(60 * minutes).toString();
    }

    private static List<String> events() {
        List<String> e = new ArrayList<>();
        for (int day = 0; day < 14; day++) {
            e.add("{\"timestamp\": \"" + at(1440L * day + 120) + "\", \"type\": \"job\", \"name\": \"train-ranker\", "
                    + "\"status\": \"success\", \"model_version\": \"r" + day + "\"}");
            for (int h = 0; h < 24; h++) {
                e.add("{\"timestamp\": \"" + at(1440L * day + 60L * h + 5) + "\", \"type\": \"ingestion\", "
                        + "\"source\": \"clicks\", \"status\": \"ok\"}");
            }
        }
        long canary = 1440L * 13 + 600;
        e.add("{\"timestamp\": \"" + at(canary) + "\", \"type\": \"canary_start\"}");
        e.add("{\"timestamp\": \"" + at(canary + 5) + "\", \"type\": \"scale\", \"from\": 4, \"to\": 6}");
        for (int r = 0; r < 2; r++) {
            e.add("{\"timestamp\": \"" + T0.plusSeconds(60 * (canary + 5) + 20) + "\", \"type\": \"replica_start\", \"replica\": \"n" + r + "\"}");
            e.add("{\"timestamp\": \"" + T0.plusSeconds(60 * (canary + 5) + 40) + "\", \"type\": \"replica_ready\", \"replica\": \"n" + r + "\"}");
            e.add("{\"timestamp\": \"" + T0.plusSeconds(60 * (canary + 5) + 41) + "\", \"type\": \"replica_first_traffic\", \"replica\": \"n" + r + "\"}");
        }
        e.add("{\"timestamp\": \"" + at(canary + 120) + "\", \"type\": \"canary_promote\"}");
        return e;
    }

    private static List<String> metrics() {
        List<String> m = new ArrayList<>(List.of("minute,arm,requests,errors,p99,imps,clicks"));
        long canary = 1440L * 13 + 600;
        for (long t = canary - 60; t < canary + 120; t++) {
            m.add(at(t) + ",v1,900,0,80," + 9000 + "," + (450 + t % 7));
            if (t >= canary) {
                m.add(at(t) + ",v2,100,0,82," + 1000 + "," + (50 + t % 3));
            }
        }
        return m;
    }

    private static List<String> exposures() {
        List<String> x = new ArrayList<>(List.of("ts,item"));
        for (int w = 0; w < 2; w++) {
            for (int k = 0; k < 700; k++) {
                x.add(T0.plusSeconds(7L * 86400 * w + 800L * k) + ",i" + (k * 37 % 50));
            }
        }
        return x;
    }

    @Test
    void raisesNothing(@TempDir Path dir) throws Exception {
        try (OpsBundle b = OpsBundle.in(dir).manifest("""
                        arms: {baseline: v1, canary: v2}
                        sources:
                          - {role: events, path: events.jsonl}
                          - role: metrics
                            path: metrics.csv
                            timestamp: minute
                            arm: arm
                            metrics: {requests: requests, errors: errors, latency_p99_ms: p99, impressions: imps, clicks: clicks}
                          - {role: schemas, path: schemas.json}
                          - {role: environments, path: envs.jsonl}
                          - {role: exposures, path: exposures.csv, timestamp: ts, item: item}
                        """)
                .lines("events.jsonl", events())
                .lines("metrics.csv", metrics())
                .file("schemas.json", """
                        {"models": [{"version": "v1", "strict": true, "features": [{"name": "a", "type": "double"}]},
                                    {"version": "v2", "features": [{"name": "a", "type": "double"},
                                                                   {"name": "b", "type": "long", "required": false}]}],
                         "payloads": [{"version": "p1", "features": [{"name": "a", "type": "double"}]}]}""")
                .lines("envs.jsonl", List.of(
                        "{\"run\": \"t1\", \"code_version\": \"c\", \"data_version\": \"d\", \"packages\": {\"numpy\": \"1.24.1\"}, \"seed\": 1, \"artifact_sha256\": \"x\"}",
                        "{\"run\": \"t2\", \"code_version\": \"c\", \"data_version\": \"d\", \"packages\": {\"numpy\": \"1.24.1\"}, \"seed\": 1, \"artifact_sha256\": \"x\"}"))
                .lines("exposures.csv", exposures())) {
            CheckReport report = b.suite(CheckCatalog.all().toArray(new dev.mlwb.analysis.check.Check[0]));
            assertThat(report.loadIssues()).isEmpty();
            for (String id : OPS_CHECKS) {
                assertThat(report.check(id).orElseThrow().status()).as(id).isEqualTo(CheckRun.Status.RAN);
                assertThat(report.findings(id)).as(id).isEmpty();
            }
            assertThat(report.findings()).extracting(Finding::severity).doesNotContain(Severity.CRITICAL);
        }
    }
}
