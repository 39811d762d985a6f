package dev.mlwb.analysis.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mlwb.analysis.check.CheckReport;
import dev.mlwb.analysis.checks.OpsBundle;
import dev.mlwb.analysis.checks.serving.ColdStartCheck;
import dev.mlwb.analysis.data.IncidentData;
import dev.mlwb.analysis.report.JsonReport;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncidentTimelineTest {
    private static final Instant T0 = Instant.parse("2026-02-01T12:00:00Z");
    private static final String MANIFEST = """
            sources:
              - {role: events, name: deploy-log, path: deploy.jsonl}
              - {role: events, name: app-log, path: app.csv, timestamp: at, type: what, level: severity}
              - role: metrics
                path: serving.csv
                timestamp: minute
                metrics: {requests: n}
            """;

    private static String event(int seconds, String type, String extra) {
        return "{\"timestamp\": \"" + T0.plusSeconds(seconds) + "\", \"type\": \"" + type + "\"" + extra + "}";
    }

    private static OpsBundle bundle(Path dir) {
        List<String> app = new ArrayList<>(List.of("at,what,severity,pod"));
        for (int i = 29; i >= 0; i--) {
            app.add(T0.plusSeconds(60L * i) + ",http_error," + (i % 3 == 0 ? "error" : "warning") + ",web-" + i % 4);
        }
        app.add(",orphan,info,web-0");
        return OpsBundle.in(dir).manifest(MANIFEST).lines("app.csv", app)
                .lines("deploy.jsonl", List.of(
                        event(600, "replica_first_traffic", ", \"replica\": \"r1\""),
                        event(300, "canary_start", ", \"message\": \"canary v2 at 5%\""),
                        event(590, "replica_start", ", \"replica\": \"r1\""),
                        event(640, "replica_ready", ", \"replica\": \"r1\""),
                        event(100, "lb_config", ", \"rule\": {\"match\": \"os=ios\"}, \"weight\": 0.5")))
                .lines("serving.csv", List.of("minute,n", T0.minusSeconds(600) + ",10", T0.plusSeconds(3600) + ",12"));
    }

    @Test
    void keepsEveryEventOfEverySourceInTimeOrderWithUnknownTypes(@TempDir Path dir) throws Exception {
        try (OpsBundle b = bundle(dir)) {
            IncidentData data = b.load();
            assertThat(data.issues()).isEmpty();
            IncidentTimeline t = IncidentTimeline.of(data, List.of());
            assertThat(t.events()).hasSize(35);
            assertThat(t.events()).extracting(TimelineEvent::at).isSorted();
            assertThat(t.events().get(0).type()).isEqualTo("http_error");
            TimelineEvent lb = t.events().stream().filter(e -> e.type().equals("lb_config")).findFirst().orElseThrow();
            assertThat(lb.source()).isEqualTo("deploy-log");
            assertThat(lb.attributes()).containsEntry("weight", "0.5").containsEntry("rule", "{\"match\":\"os=ios\"}");
            assertThat(t.events().stream().filter(e -> e.type().equals("http_error")).findFirst().orElseThrow().level())
                    .isPresent();
            assertThat(t.lanes()).extracting(l -> l.source() + "/" + l.type() + "=" + l.count()).containsExactly(
                    "app-log/http_error=30", "deploy-log/canary_start=1", "deploy-log/lb_config=1",
                    "deploy-log/replica_first_traffic=1", "deploy-log/replica_ready=1", "deploy-log/replica_start=1");
            assertThat(t.markers()).singleElement().satisfies(m -> assertThat(m.kind()).isEqualTo("canary_start"));
            assertThat(t.undatedEvents()).isEqualTo(1);
            assertThat(t.sources()).extracting(SourceSpan::source).containsExactly("serving.csv", "app-log", "deploy-log");
            assertThat(t.range()).hasValueSatisfying(r -> {
                assertThat(r.start()).isEqualTo(T0.minusSeconds(600));
                assertThat(r.end()).isEqualTo(T0.plusSeconds(3600));
            });
            assertThat(t.buckets()).isEmpty();
        }
    }

    @Test
    void frequentTypesAreCountedPerBucket(@TempDir Path dir) throws Exception {
        try (OpsBundle b = bundle(dir)) {
            IncidentTimeline t = new TimelineBuilder(b.load(), 5).build(List.of());
            assertThat(t.lanes().get(0).aggregated()).isTrue();
            assertThat(t.events()).hasSize(5).noneMatch(e -> e.type().equals("http_error"));
            assertThat(t.bucket()).isEqualTo(60);
            assertThat(t.buckets()).hasSize(30).allSatisfy(x -> assertThat(x.count()).isEqualTo(1));
            assertThat(t.buckets().stream().mapToLong(EventBucket::errors).sum()).isEqualTo(10);
        }
    }

    @Test
    void carriesTheFindingsWindowsAndRendersIntoTheJsonReport(@TempDir Path dir) throws Exception {
        try (OpsBundle b = bundle(dir)) {
            IncidentData data = b.load();
            CheckReport report = new dev.mlwb.analysis.check.CheckSuite(List.of(new ColdStartCheck()))
                    .run(data, dev.mlwb.analysis.run.Progress.NONE, dev.mlwb.analysis.run.Cancellation.none());
            IncidentTimeline t = IncidentTimeline.of(data, report);
            assertThat(t.findings()).anySatisfy(w -> {
                assertThat(w.check()).isEqualTo("serving.cold-start");
                assertThat(w.severity()).isEqualTo("critical");
                assertThat(w.start()).isEqualTo(T0.plusSeconds(600));
                assertThat(w.end()).isEqualTo(T0.plusSeconds(640));
                assertThat(w.subjects()).containsExactly("replica:r1");
            });
            JsonNode json = new ObjectMapper().readTree(JsonReport.render(report, t));
            assertThat(json.get("format").asText()).isEqualTo("mlwb-findings/1");
            JsonNode timeline = json.get("timeline");
            assertThat(timeline.get("type").asText()).isEqualTo("incident-timeline");
            assertThat(timeline.get("events")).hasSize(35);
            assertThat(timeline.get("events").get(0).get("at").asText()).isEqualTo(T0.toString());
            assertThat(timeline.get("findings").get(0).get("check").asText()).isEqualTo("serving.cold-start");
        }
    }
}
