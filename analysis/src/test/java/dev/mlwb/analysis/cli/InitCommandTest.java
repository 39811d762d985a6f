package dev.mlwb.analysis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.analysis.TestBundle;
import dev.mlwb.analysis.checks.canary.CliFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mlwb init}: a draft and what it enables (exit 0), or one clear line and exit 2. */
class InitCommandTest {
    @TempDir
    Path tmp;

    @Test
    void draftsAManifestThatChecksFindTheSameAsTheHandWrittenOne() throws Exception {
        Path b = CliFixture.contaminated(tmp.resolve("b"));
        CliRun checked = CliRun.of("check", b.toString(), "--format", "json");
        Files.delete(b.resolve("incident.yaml"));
        CliRun init = CliRun.of("init", b.toString());
        assertThat(init.err()).isEmpty();
        assertThat(init.code()).isZero();
        assertThat(init.out()).contains("Wrote " + b.resolve("incident.yaml")).contains("Checks the draft enables")
                .contains("  canary.traffic-mix").contains("Checks it cannot run").contains("data.drift: ");
        CliRun drafted = CliRun.of("check", b.toString(), "--format", "json");
        assertThat(drafted.code()).isEqualTo(checked.code());
        assertThat(findings(drafted.out())).isEqualTo(findings(checked.out()));
    }

    private static String findings(String json) throws Exception {
        StringBuilder b = new StringBuilder();
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).get("findings")
                .forEach(f -> b.append(f.get("check").asText()).append(' ').append(f.get("subjects")).append('\n'));
        return b.toString();
    }

    @Test
    void anExistingManifestIsKeptUnlessForced() throws Exception {
        Path b = CliFixture.contaminated(tmp.resolve("b"));
        String before = Files.readString(b.resolve("incident.yaml"));
        CliRun refused = CliRun.of("init", b.toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err().strip()).isEqualTo("mlwb: " + b + " already has incident.yaml; pass --force to replace it");
        assertThat(Files.readString(b.resolve("incident.yaml"))).isEqualTo(before);
        assertThat(CliRun.of("init", b.toString(), "--force").code()).isZero();
        assertThat(Files.readString(b.resolve("incident.yaml"))).startsWith("# Drafted by `mlwb init`");
    }

    @Test
    void nothingToDraftExitsTwoWithOneLine() {
        TestBundle.in(tmp.resolve("empty")).file("notes.md", "nothing here");
        CliRun r = CliRun.of("init", tmp.resolve("empty").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines()).singleElement().satisfies(l -> assertThat(l)
                .contains("none of its 1 file could be placed (notes.md: not a CSV, Parquet or JSON file)"));
        assertThat(tmp.resolve("empty/incident.yaml")).doesNotExist();
        CliRun missing = CliRun.of("init", tmp.resolve("nope").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err().strip()).isEqualTo("mlwb: " + tmp.resolve("nope") + " does not exist");
    }
}
