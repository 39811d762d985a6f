package dev.mlwb.analysis.checks.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.analysis.check.CheckReport;
import dev.mlwb.analysis.check.CheckResult;
import dev.mlwb.analysis.check.CheckRun;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.checks.OpsBundle;
import dev.mlwb.analysis.evidence.FieldStatus;
import dev.mlwb.analysis.evidence.SchemaCompatibility;
import dev.mlwb.analysis.evidence.VersionVerdict;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RollbackCompatCheckTest {
    private static final String MANIFEST = """
            sources:
              - {role: schemas, path: schemas.json}
              - {role: events, path: events.jsonl}
            """;
    private static final String EVENTS = """
            {"timestamp": "2026-01-20T10:00:00Z", "type": "canary_start", "message": "v2 canary"}
            {"timestamp": "2026-01-20T10:40:00Z", "type": "rollback", "from": "v2", "to": "v1"}
            {"timestamp": "2026-01-20T10:41:00Z", "type": "error", "level": "error", "message": "v1 rejected payload: unknown field rt_dwell"}
            {"timestamp": "2026-01-20T10:42:00Z", "type": "serving_error", "level": "ERROR", "message": "v1 rejected payload: unknown field rt_dwell"}
            {"timestamp": "2026-01-20T10:48:00Z", "type": "serving_error", "level": "error", "message": "v1 rejected payload: unknown field rt_dwell"}
            {"timestamp": "2026-01-20T10:49:00Z", "type": "deploy", "message": "manual: v2 restored"}
            {"timestamp": "2026-01-20T10:55:00Z", "type": "serving_error", "level": "error", "message": "unrelated"}
            """;

    private static String schemas(boolean v1Strict, String v1Extra) {
        return """
                {"models": [
                  {"version": "v1", "deployed_at": "2026-01-01T00:00:00Z", "strict": %s,
                   "features": [{"name": "ctr_7d", "type": "double"}, {"name": "dwell", "type": "long"}%s]},
                  {"version": "v2", "deployed_at": "2026-01-20T10:00:00Z", "strict": true,
                   "features": [{"name": "ctr_7d", "type": "double"}, {"name": "dwell", "type": "double"},
                                {"name": "rt_dwell", "type": "double"}]}],
                 "payloads": [
                  {"version": "p1", "used_since": "2026-01-01T00:00:00Z",
                   "features": [{"name": "ctr_7d", "type": "double"}, {"name": "dwell", "type": "long"}]},
                  {"version": "p2", "used_since": "2026-01-20T09:30:00Z",
                   "features": [{"name": "ctr_7d", "type": "double"}, {"name": "dwell", "type": "%s"},
                                {"name": "rt_dwell", "type": "double"}]}]}
                """.formatted(v1Strict, v1Extra, v1Extra.isEmpty() ? "double" : "long");
    }

    @Test
    void strictOldModelFailsOnTheNewPayloadAndTheFailedRollbackIsShown(@TempDir Path dir) throws Exception {
        try (OpsBundle b = OpsBundle.in(dir).manifest(MANIFEST).file("schemas.json", schemas(true, ""))
                .file("events.jsonl", EVENTS)) {
            CheckResult r = b.run(new RollbackCompatCheck());
            assertThat(r.findings()).hasSize(1);
            Finding f = r.findings().get(0);
            assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(f.title()).startsWith("Rolling back to v1 would break on payload p2");
            assertThat(f.subjects()).contains(Subject.model("v1"), Subject.feature("rt_dwell"), Subject.feature("dwell"));
            assertThat(f.measures()).containsEntry("type_changes", 1.0).containsEntry("rejected_unknown_fields", 1.0)
                    .containsEntry("errors_after_rollback", 3.0);
            assertThat(f.summary()).contains("rollback to v1: unsafe: `dwell` long → double, strict, rejects unknown `rt_dwell`")
                    .contains("3 error events over 8 min")
                    .contains("\"v1 rejected payload: unknown field rt_dwell\"");
            assertThat(f.windows()).singleElement().satisfies(w -> {
                assertThat(w.start()).isEqualTo(Instant.parse("2026-01-20T10:40:00Z"));
                assertThat(w.end()).isEqualTo(Instant.parse("2026-01-20T10:48:00Z"));
            });
            SchemaCompatibility e = (SchemaCompatibility) r.evidence().get(0);
            assertThat(e.payloadVersion()).isEqualTo("p2");
            assertThat(e.currentModel()).isEqualTo("v2");
            assertThat(e.versions()).extracting(VersionVerdict::version).containsExactly("v2", "v1");
            assertThat(e.versions().get(0).safe()).isTrue();
            assertThat(e.versions().get(1).fields()).extracting(d -> d.field() + ":" + d.status()).containsExactly(
                    "dwell:TYPE_CHANGED", "rt_dwell:UNKNOWN_REJECTED", "ctr_7d:OK");
            assertThat(r.measures()).containsKeys("model:v1", "model:v2");
            assertThat(r.measures().get("model:v2")).containsEntry("safe", 1.0);
            assertThat(r.measures().get("model:v1")).containsEntry("safe", 0.0);
        }
    }

    @Test
    void missingRequiredFieldIsUnsafeEvenForALenientModel(@TempDir Path dir) throws Exception {
        String s = schemas(false, ", {\"name\": \"legacy_score\", \"type\": \"double\"}")
                .replace("\"type\": \"long\"}]},", "\"type\": \"long\"}]},");
        try (OpsBundle b = OpsBundle.in(dir).manifest("sources:\n  - {role: schemas, path: schemas.json}\n")
                .file("schemas.json", s)) {
            CheckResult r = b.run(new RollbackCompatCheck());
            Finding f = r.findings().get(0);
            assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(f.title()).endsWith("it requires `legacy_score`, which the payload no longer sends");
            VersionVerdict v1 = ((SchemaCompatibility) r.evidence().get(0)).versions().get(1);
            assertThat(v1.verdict()).isEqualTo("rollback to v1: unsafe: requires `legacy_score` (missing), ignores `rt_dwell`");
            assertThat(f.windows()).singleElement().satisfies(w ->
                    assertThat(w.start()).isEqualTo(Instant.parse("2026-01-20T09:30:00Z")));
        }
    }

    @Test
    void compatibleOldModelRaisesNothing(@TempDir Path dir) throws Exception {
        try (OpsBundle b = OpsBundle.in(dir).manifest(MANIFEST).file("schemas.json", schemas(false, "x")
                        .replace(", {\"name\": \"dwell\", \"type\": \"long\"}x", ", {\"name\": \"dwell\", \"type\": \"long\"}"))
                .file("events.jsonl", EVENTS)) {
            CheckResult r = b.run(new RollbackCompatCheck());
            assertThat(r.findings()).isEmpty();
            VersionVerdict v1 = ((SchemaCompatibility) r.evidence().get(0)).versions().get(1);
            assertThat(v1.safe()).isTrue();
            assertThat(v1.verdict()).isEqualTo("rollback to v1: safe: ignores `rt_dwell`");
            assertThat(v1.fields()).extracting(d -> d.status()).contains(FieldStatus.UNKNOWN_IGNORED);
        }
    }

    @Test
    void olderUnsafeVersionBehindASafeOneIsAWarning(@TempDir Path dir) throws Exception {
        try (OpsBundle b = OpsBundle.in(dir).manifest("sources:\n  - {role: schemas, path: schemas.json}\n")
                .file("schemas.json", """
                        {"models": [
                          {"version": "v0", "strict": true, "features": [{"name": "old", "type": "string"}]},
                          {"version": "v1", "features": [{"name": "a", "type": "double"}]},
                          {"version": "v2", "features": [{"name": "a", "type": "double"}]}],
                         "payloads": [{"version": "p", "features": [{"name": "a", "type": "double"}]}]}""")) {
            CheckResult r = b.run(new RollbackCompatCheck());
            assertThat(r.findings()).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.subjects()).containsExactly(Subject.model("v0"), Subject.feature("old"), Subject.feature("a"));
                assertThat(f.summary()).contains("(v1) is safe");
            });
        }
    }

    @Test
    void skipsWithoutSchemasOrWithoutAnEarlierModel(@TempDir Path dir) throws Exception {
        try (OpsBundle b = OpsBundle.in(dir).manifest("sources:\n  - {role: events, path: events.jsonl}\n")
                .file("events.jsonl", EVENTS)) {
            assertThat(new RollbackCompatCheck().skipReason(b.load())).contains("no schemas source");
        }
        try (OpsBundle b = OpsBundle.in(dir).manifest("sources:\n  - {role: schemas, path: s.json}\n")
                .file("s.json", "{\"models\": [{\"version\": \"v1\", \"features\": []}], \"payloads\": "
                        + "[{\"version\": \"p\", \"features\": []}]}")) {
            assertThat(new RollbackCompatCheck().skipReason(b.load()).orElseThrow()).contains("1 model version");
        }
    }

    @Test
    void malformedSchemasFailTheCheckWithFileAndKeyPath(@TempDir Path dir) throws Exception {
        try (OpsBundle b = OpsBundle.in(dir).manifest("sources:\n  - {role: schemas, path: schemas/models.json}\n")
                .file("schemas/models.json", "{\"models\": [{\"version\": \"v1\", \"features\": "
                        + "[{\"name\": \"a\", \"type\": \"int\"}]}]}")) {
            CheckReport report = b.suite(new RollbackCompatCheck());
            CheckRun run = report.check(RollbackCompatCheck.ID).orElseThrow();
            String expected = "schemas/models.json: models[0].features[0].type: \"int\" is not one of double, long, "
                    + "string, boolean, timestamp";
            assertThat(run.status()).isEqualTo(CheckRun.Status.FAILED);
            assertThat(run.reason()).contains(expected);
            assertThat(report.loadIssues()).anySatisfy(i -> assertThat(i.message()).isEqualTo(expected));
            assertThat(report.findings()).isEqualTo(List.of());
        }
    }
}
