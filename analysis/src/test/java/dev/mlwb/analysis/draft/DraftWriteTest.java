package dev.mlwb.analysis.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlwb.analysis.TestBundle;
import dev.mlwb.analysis.bundle.BundleException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing a draft: atomically, never over a manifest unless forced, never beside another manifest. */
class DraftWriteTest {
    @TempDir
    Path tmp;

    private static final String YAML = "format: mlwb-incident/1\ntitle: t\nsources:\n  - {role: events, path: e.jsonl}\n";

    @Test
    void refusesToReplaceAManifestUnlessForced() throws Exception {
        TestBundle.in(tmp).file("incident.yaml", "keep me\n");
        assertThatThrownBy(() -> Drafts.write(tmp, YAML, false)).isInstanceOf(BundleException.class)
                .hasMessageContaining("already has incident.yaml; pass --force to replace it");
        assertThat(Files.readString(tmp.resolve("incident.yaml"))).isEqualTo("keep me\n");
        Drafts.write(tmp, YAML, true);
        assertThat(Files.readString(tmp.resolve("incident.yaml"))).isEqualTo(YAML);
        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("incident.yaml");
        }
    }

    @Test
    void neverWritesBesideAnotherManifest() {
        TestBundle.in(tmp).file("incident.json", "{}");
        assertThatThrownBy(() -> Drafts.write(tmp, YAML, true)).isInstanceOf(BundleException.class)
                .hasMessageContaining("already has incident.json");
        assertThat(tmp.resolve("incident.yaml")).doesNotExist();
    }

    @Test
    void anInvalidManifestIsNeverWritten() {
        assertThatThrownBy(() -> Drafts.write(tmp, "format: mlwb-incident/1\ntitle: t\n", false))
                .isInstanceOf(BundleException.class).hasMessageContaining("sources");
        assertThat(tmp.resolve("incident.yaml")).doesNotExist();
    }
}
