package dev.mlwb.analysis.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.analysis.TestBundle;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.checks.training.StalenessCheck;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OpenTelemetry logs in OTLP JSON (the collector's file exporter) as an events source. */
class OtlpLogsSourceTest {
    @TempDir
    java.nio.file.Path tmp;

    /** One export request (a line of the file exporter's output) with one record per day. */
    private static String request(String service, List<String> records) {
        return "{\"resourceLogs\":[{\"resource\":{\"attributes\":[{\"key\":\"service.name\",\"value\":{\"stringValue\":\""
                + service + "\"}},{\"key\":\"host.name\",\"value\":{\"stringValue\":\"trainer-7\"}}]},\"scopeLogs\":[{\"scope\":"
                + "{\"name\":\"airflow.task\"},\"logRecords\":[" + String.join(",", records) + "]}]}]}";
    }

    private static String job(Instant t, boolean ok) {
        return "{\"timeUnixNano\":\"" + (t.getEpochSecond() * 1_000_000_000L) + "\",\"observedTimeUnixNano\":\""
                + (t.getEpochSecond() * 1_000_000_000L + 5_000) + "\",\"severityNumber\":" + (ok ? 9 : 17)
                + ",\"severityText\":\"" + (ok ? "INFO" : "ERROR") + "\",\"body\":{\"stringValue\":\"train-fraud-daily "
                + (ok ? "finished" : "failed: ImportError: cannot import name 'SimpleImputer'") + "\"},\"attributes\":["
                + "{\"key\":\"event.name\",\"value\":{\"stringValue\":\"job\"}},{\"key\":\"name\",\"value\":{\"stringValue\":"
                + "\"train-fraud-daily\"}},{\"key\":\"status\",\"value\":{\"stringValue\":\"" + (ok ? "success" : "failed")
                + "\"}},{\"key\":\"attempt\",\"value\":{\"intValue\":\"2\"}},{\"key\":\"gpu_hours\",\"value\":{\"doubleValue\":"
                + "1.5}},{\"key\":\"retried\",\"value\":{\"boolValue\":true}}],\"traceId\":\"\",\"spanId\":\"\"}";
    }

    @Test
    void recordsBecomeEventsWithTheirTimeSeverityBodyAndAttributes() throws Exception {
        Instant start = Instant.parse("2026-02-01T02:00:00Z");
        List<String> lines = new ArrayList<>();
        for (int day = 0; day < 20; day++) {
            lines.add(request("fraud-trainer", List.of(job(start.plusSeconds(86_400L * day), day < 15))));
        }
        lines.add(request("gateway", List.of("{\"observedTimeUnixNano\":\"" + (start.getEpochSecond() * 1_000_000_000L)
                + "\",\"severityNumber\":13,\"body\":{\"stringValue\":\"slow upstream\"}}")));
        TestBundle b = TestBundle.in(tmp).file("otel/logs.jsonl", lines)
                .manifest("sources:\n  - {role: events, name: otel, path: otel/logs.jsonl, format: otlp}\n");
        try (IncidentData data = b.load()) {
            assertThat(data.issues()).isEmpty();
            Table events = data.events().orElseThrow();
            assertThat(events.rows()).isEqualTo(21);
            Row first = data.db().first("SELECT " + Sql.epochMicros("__ts") + " AS t, __type, __level, __component, __message, "
                    + "CAST(__attrs AS VARCHAR) AS attrs FROM " + events.view() + " WHERE __component = 'fraud-trainer' "
                    + "ORDER BY __ts LIMIT 1").orElseThrow();
            assertThat(first.instant("t")).hasValue(start);
            assertThat(first.str("__type", "")).isEqualTo("job");
            assertThat(first.str("__level", "")).isEqualTo("INFO");
            assertThat(first.str("__message", "")).isEqualTo("train-fraud-daily finished");
            assertThat(first.str("attrs", "")).contains("\"name\":\"train-fraud-daily\"").contains("\"status\":\"success\"")
                    .contains("\"attempt\":2").contains("\"gpu_hours\":1.5").contains("\"retried\":true")
                    .contains("\"host.name\":\"trainer-7\"").contains("\"service.name\":\"fraud-trainer\"");
            Row gateway = data.db().first("SELECT __type, __level, __component FROM " + events.view()
                    + " WHERE __component = 'gateway'").orElseThrow();
            assertThat(gateway.str("__type", "")).as("a record without an event name").isEqualTo("log");
            assertThat(gateway.str("__level", "")).as("from severityNumber 13").isEqualTo("warning");
        }
        assertThat(b.run(new StalenessCheck()).findings()).anySatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(f.title()).contains("train-fraud-daily").contains("the last 5 runs failed");
        });
    }

    @Test
    void aPrettyPrintedExportAndTheManifestsAttributeNamesAreRead() throws Exception {
        String doc = request("deployer", List.of("{\"timeUnixNano\":1768471200000000000,\"body\":{\"kvlistValue\":{"
                + "\"values\":[]}},\"attributes\":[{\"key\":\"k8s.event.reason\",\"value\":{\"stringValue\":\"deploy\"}},"
                + "{\"key\":\"owner\",\"value\":{\"stringValue\":\"team-ranker\"}}]}")).replace(",", ",\n  ");
        TestBundle b = TestBundle.in(tmp).file("export.json", doc).manifest("sources:\n  - {role: events, path: "
                + "export.json, format: otlp, type: k8s.event.reason, component: owner}\n");
        try (IncidentData data = b.load()) {
            assertThat(data.issues()).isEmpty();
            Row r = data.db().first("SELECT __type, __component, __message FROM " + data.events().orElseThrow().view())
                    .orElseThrow();
            assertThat(r.str("__type", "")).isEqualTo("deploy");
            assertThat(r.str("__component", "")).isEqualTo("team-ranker");
            assertThat(r.str("__message", "")).contains("kvlistValue");
        }
    }

    @Test
    void aFileWithoutRecordsIsALoadIssue() throws Exception {
        TestBundle b = TestBundle.in(tmp).file("otel.jsonl", "{\"resourceLogs\":[]}\n")
                .manifest("sources:\n  - {role: events, path: otel.jsonl, format: otlp}\n");
        try (IncidentData data = b.load()) {
            assertThat(data.issues()).singleElement().satisfies(i -> assertThat(i.message())
                    .isEqualTo("otel.jsonl: holds no log records (resourceLogs → scopeLogs → logRecords)"));
        }
    }
}
