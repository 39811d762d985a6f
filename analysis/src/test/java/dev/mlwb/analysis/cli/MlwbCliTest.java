package dev.mlwb.analysis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mlwb.analysis.TestBundle;
import dev.mlwb.analysis.checks.canary.CliFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MlwbCliTest {
    @TempDir
    Path tmp;

    @Test
    void findingsAtOrAboveFailOnExitOne() throws Exception {
        Path b = CliFixture.contaminated(tmp.resolve("b"));
        CliRun r = CliRun.of("check", b.toString(), "--format", "json");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEmpty();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("format").asText()).isEqualTo("mlwb-findings/1");
        assertThat(json.get("bundle").asText()).isEqualTo(b.toString());
        assertThat(json.get("checks")).anySatisfy(c -> {
            assertThat(c.get("id").asText()).isEqualTo("canary.traffic-mix");
            assertThat(c.get("status").asText()).isEqualTo("ran");
            assertThat(c.get("measures").has("slice:platform=ios")).isTrue();
        });
        JsonNode f = json.get("findings").get(0);
        assertThat(f.get("check").asText()).isEqualTo("canary.traffic-mix");
        assertThat(f.get("severity").asText()).isEqualTo("critical");
        assertThat(f.get("subjects").get(0).asText()).isEqualTo("slice:platform=android");
        assertThat(f.get("measures").get("canary_share").asDouble()).isEqualTo(0.0);
        assertThat(f.get("evidence").get(0).get("type").asText()).isEqualTo("slice-breakdown");
    }

    @Test
    void failOnNeverAndWarningChangeTheExitCode() throws Exception {
        Path b = CliFixture.contaminated(tmp.resolve("b"));
        assertThat(CliRun.of("check", b.toString(), "--fail-on", "never").code()).isZero();
        Path healthy = CliFixture.healthy(tmp.resolve("h"));
        CliRun r = CliRun.of("check", healthy.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("No findings.").contains("canary.traffic-mix");
    }

    @Test
    void aMalformedBundleExitsTwoWithOneLineAndNoStackTrace() throws Exception {
        TestBundle.in(tmp).manifest("sources:\n  - {role: metrics, path: m.csv, timestamp: ts, metrics: {requests: reqs}}\n")
                .file("m.csv", "time,reqs\n2026-01-15T10:00:00Z,5\n");
        CliRun r = CliRun.of("check", tmp.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("mlwb: incident.yaml: sources[0].timestamp: column \"ts\" not found in m.csv; columns are: time, reqs\n");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void badYamlAndMissingBundlesExitTwo() throws Exception {
        Files.writeString(tmp.resolve("incident.yaml"), "format: mlwb-incident/1\ntitle: [oops\n");
        CliRun r = CliRun.of("check", tmp.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines().count()).isEqualTo(1);
        assertThat(r.err()).startsWith("mlwb: incident.yaml: line ");
        CliRun missing = CliRun.of("check", tmp.resolve("nope").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).endsWith("nope: does not exist\n");
    }

    @Test
    void unknownThresholdKeysAreUnusableInput() throws Exception {
        Path b = CliFixture.healthy(tmp.resolve("h"), "thresholds: {canary.traffic-mix: {min_share: 0.3}}\n");
        CliRun r = CliRun.of("check", b.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("thresholds.canary.traffic-mix.min_share: canary.traffic-mix has no threshold \"min_share\"");
    }

    @Test
    void badArgumentsExitTwo() {
        assertThat(CliRun.of("check").code()).isEqualTo(2);
        CliRun r = CliRun.of("check", ".", "--format", "pdf");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("mlwb: --format: unknown format 'pdf'");
        assertThat(CliRun.of("check", ".", "--fail-on", "sometimes").code()).isEqualTo(2);
        assertThat(CliRun.of("check", ".", "--checks", "no.such-check").code()).isEqualTo(2);
    }

    @Test
    void outputGoesToAFileInEveryFormat() throws Exception {
        Path b = CliFixture.contaminated(tmp.resolve("b"));
        for (String format : new String[] {"text", "json", "markdown", "html"}) {
            Path out = tmp.resolve("report." + format);
            CliRun r = CliRun.of("check", b.toString(), "--format", format, "--output", out.toString());
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.out()).isEmpty();
            assertThat(Files.readString(out)).contains("Canary receives no traffic from platform android");
        }
        assertThat(Files.readString(tmp.resolve("report.html"))).startsWith("<!DOCTYPE html>");
        assertThat(Files.readString(tmp.resolve("report.markdown"))).contains("| **critical** | `canary.traffic-mix` |");
    }

    @Test
    void checksListsEveryIdWithItsThresholds() {
        CliRun r = CliRun.of("checks");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("canary.traffic-mix").contains("thresholds.canary.slice-guard.slice_drop = 0.05");
    }
}
