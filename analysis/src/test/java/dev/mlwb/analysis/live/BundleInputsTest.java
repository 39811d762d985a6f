package dev.mlwb.analysis.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.analysis.TestBundle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a bundle reads, for watching: its files (globs resolved again), the manifest, and its live sources. */
class BundleInputsTest {
    @TempDir
    Path tmp;

    @Test
    void aNewFileMatchingAGlobAnAppendAndAManifestEditAreChanges() throws Exception {
        TestBundle.in(tmp).file("logs/day-1.jsonl", "{\"timestamp\": \"2026-01-01T00:00:00Z\", \"type\": \"deploy\"}\n")
                .manifest("sources:\n  - {role: events, path: \"logs/day-*.jsonl\"}\n");
        BundleInputs first = BundleInputs.of(tmp);
        assertThat(first.live()).isFalse();
        assertThat(first.problem()).isEmpty();
        assertThat(first.files().keySet()).contains(tmp.resolve("incident.yaml"), tmp.resolve("logs/day-1.jsonl").toRealPath());
        Files.writeString(tmp.resolve("logs/day-2.jsonl"), "{\"timestamp\": \"2026-01-02T00:00:00Z\", \"type\": \"job\"}\n");
        BundleInputs second = BundleInputs.of(tmp);
        assertThat(second.changedSince(first)).containsExactly(tmp.resolve("logs/day-2.jsonl").toRealPath());
        Files.writeString(tmp.resolve("incident.yaml"), "format: broken\n");
        BundleInputs broken = BundleInputs.of(tmp);
        assertThat(broken.changedSince(second)).contains(tmp.resolve("incident.yaml"));
        assertThat(broken.problem()).hasValueSatisfying(p -> assertThat(p).contains("format"));
    }

    @Test
    void aPrometheusServerIsPolledAtItsRefresh() {
        TestBundle.in(tmp).manifest("sources:\n  - {role: metrics, prometheus: {url: \"http://127.0.0.1:1\", refresh: 5s}, "
                + "metrics: {requests: up}}\n");
        BundleInputs in = BundleInputs.of(tmp);
        assertThat(in.liveRefresh()).hasValue(Duration.ofSeconds(5));
    }
}
