package dev.mlwb.analysis.story;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.analysis.TestBundle;
import dev.mlwb.analysis.data.IncidentData;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertsTest {
    @TempDir
    Path dir;

    private IncidentData bundle() throws Exception {
        return TestBundle.in(dir).file("events.jsonl", List.of(
                "{\"timestamp\": \"2026-01-20T09:00:00Z\", \"type\": \"alert\", \"level\": \"warning\", "
                        + "\"message\": \"disk usage above 80% on node-3\"}",
                "{\"timestamp\": \"2026-01-20T09:50:00Z\", \"type\": \"alert\", \"level\": \"warning\", "
                        + "\"message\": \"v123 CTR low\"}",
                "{\"timestamp\": \"2026-01-20T10:00:00Z\", \"type\": \"deploy\", \"level\": \"info\", "
                        + "\"message\": \"v123 deployed\", \"model_version\": \"v123\"}",
                "{\"timestamp\": \"2026-01-20T10:05:00Z\", \"type\": \"alert\", \"level\": \"warning\", "
                        + "\"message\": \"v1234 CTR low\"}",
                "{\"timestamp\": \"2026-01-20T10:07:00Z\", \"type\": \"stream_lag\", \"level\": \"warning\", "
                        + "\"message\": \"v123 lag\"}",
                "{\"timestamp\": \"2026-01-20T10:10:00Z\", \"type\": \"serving_error\", \"level\": \"ERROR\", "
                        + "\"message\": \"request rejected\", \"model_version\": \"v123\"}"))
                .manifest("sources:\n  - role: events\n    path: events.jsonl\n").load();
    }

    @Test
    void theFirstAlertOrErrorAfterTheOnsetThatNamesTheSystem() throws Exception {
        try (IncidentData data = bundle()) {
            AlertEvent a = Alerts.first(data, Instant.parse("2026-01-20T10:00:00Z"), List.of("v123")).orElseThrow();
            // not the earlier alert (before the onset), not v1234 (another word), not the warning-level lag event;
            // the error names v123 in an attribute
            assertThat(a.at()).isEqualTo(Instant.parse("2026-01-20T10:10:00Z"));
            assertThat(a.type()).isEqualTo("serving_error");
            assertThat(a.level()).contains("ERROR");
        }
    }

    @Test
    void alertsAboutSomethingElseDoNotCount() throws Exception {
        try (IncidentData data = bundle()) {
            assertThat(Alerts.first(data, Instant.parse("2026-01-20T08:00:00Z"), List.of("merchant risk"))).isEmpty();
            assertThat(Alerts.first(data, Instant.parse("2026-01-20T08:00:00Z"), List.of("node-3")).orElseThrow()
                    .named()).isEqualTo("node-3");
            assertThat(Alerts.first(data, Instant.parse("2026-01-20T08:00:00Z"), List.of("ab"))).isEmpty();
        }
    }

    @Test
    void deployedModelVersionsIdentifyTheSystem() throws Exception {
        try (IncidentData data = bundle()) {
            assertThat(SystemTokens.models(data)).containsExactly("v123");
        }
    }
}
