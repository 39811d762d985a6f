package dev.mlwb.analysis.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlwb.analysis.TestBundle;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleOpenerTest {
    @TempDir
    Path tmp;

    private TestBundle events(Path dir) {
        return TestBundle.in(dir).manifest("sources: [{role: events, path: logs/events.jsonl}]\n")
                .file("logs/events.jsonl", "{\"timestamp\": \"2026-01-15T10:00:00Z\", \"type\": \"deploy\"}\n");
    }

    @Test
    void opensAFolderOrItsManifest() throws Exception {
        events(tmp.resolve("b"));
        try (Bundle b = BundleOpener.open(tmp.resolve("b"))) {
            assertThat(b.manifest().title()).isEqualTo("test incident");
            assertThat(b.resolve(b.manifest().sources().get(0))).singleElement()
                    .satisfies(p -> assertThat(p.toString()).endsWith("logs/events.jsonl"));
        }
        try (Bundle b = BundleOpener.open(tmp.resolve("b/incident.yaml"))) {
            assertThat(b.root()).isEqualTo(tmp.resolve("b").toRealPath());
        }
    }

    @Test
    void thePathIsShownAsGivenWithoutRedundantSteps() throws Exception {
        events(tmp.resolve("b"));
        Files.createDirectories(tmp.resolve("app"));
        try (Bundle b = BundleOpener.open(tmp.resolve("app/../b"))) {
            assertThat(b.opened()).isEqualTo(tmp.resolve("b"));
        }
        assertThatThrownBy(() -> BundleOpener.open(tmp.resolve("app/../missing")))
                .hasMessageContaining(tmp.resolve("missing").toString()).hasMessageNotContaining("..");
    }

    @Test
    void opensAZipWithOneTopFolderAndRemovesItsCopyOnClose() throws Exception {
        Path zip = tmp.resolve("incident.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            put(z, "bundle/incident.yaml", "format: mlwb-incident/1\ntitle: zipped\nsources: [{role: events, path: e.jsonl}]\n");
            put(z, "bundle/e.jsonl", "{\"timestamp\": 1, \"type\": \"deploy\"}\n");
        }
        Path root;
        try (Bundle b = BundleOpener.open(zip)) {
            root = b.root();
            assertThat(b.manifest().title()).isEqualTo("zipped");
            assertThat(b.opened()).isEqualTo(zip);
            assertThat(Files.exists(root.resolve("e.jsonl"))).isTrue();
        }
        assertThat(Files.exists(root)).isFalse();
    }

    @Test
    void refusesZipEntriesThatLeaveTheArchive() throws Exception {
        Path zip = tmp.resolve("evil.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            put(z, "incident.yaml", "format: mlwb-incident/1\ntitle: t\nsources: [{role: events, path: e.jsonl}]\n");
            put(z, "../../escaped.txt", "gotcha");
        }
        assertThatThrownBy(() -> BundleOpener.open(zip))
                .hasMessage("evil.zip: entry \"../../escaped.txt\": leaves the archive's folder; refusing to unpack it");
        assertThat(Files.exists(tmp.getParent().resolve("escaped.txt"))).isFalse();
    }

    @Test
    void notAZipIsSaidPlainly() throws Exception {
        Path zip = tmp.resolve("broken.zip");
        Files.writeString(zip, "this is not a zip");
        assertThatThrownBy(() -> BundleOpener.open(zip)).hasMessageStartingWith("broken.zip: is not a zip archive");
    }

    @Test
    void aFolderWithoutManifestIsNamed() throws Exception {
        Files.createDirectories(tmp.resolve("empty"));
        assertThatThrownBy(() -> BundleOpener.open(tmp.resolve("empty")))
                .hasMessageEndingWith("has no manifest: expected one of incident.yaml, incident.yml, incident.json at its top level");
        assertThatThrownBy(() -> BundleOpener.open(tmp.resolve("nowhere"))).hasMessageEndingWith("nowhere: does not exist");
    }

    @Test
    void aMissingFileNamesTheKeyAndTheFilesThatAreThere() throws Exception {
        TestBundle.in(tmp).manifest("sources: [{role: events, path: logs/event.jsonl}]\n")
                .file("logs/events.jsonl", "{}\n");
        try (Bundle b = BundleOpener.open(tmp)) {
            assertThatThrownBy(() -> b.resolve(b.manifest().sources().get(0)))
                    .hasMessage("incident.yaml: sources[0].path: file \"logs/event.jsonl\" not found in the bundle; "
                            + "files there: events.jsonl");
        }
    }

    @Test
    void aLinkOutOfTheBundleIsRefused() throws Exception {
        Path outside = tmp.resolve("outside.jsonl");
        Files.writeString(outside, "{}\n");
        Path dir = tmp.resolve("b");
        TestBundle.in(dir).manifest("sources: [{role: events, path: linked.jsonl}]\n");
        Files.createSymbolicLink(dir.resolve("linked.jsonl"), outside);
        try (Bundle b = BundleOpener.open(dir)) {
            assertThatThrownBy(() -> b.resolve(b.manifest().sources().get(0)))
                    .hasMessageContaining("sources[0].path: \"linked.jsonl\" links outside the bundle");
        }
    }

    @Test
    void globsMatchFilesInsideTheBundle() throws Exception {
        TestBundle.in(tmp).manifest("sources: [{role: events, path: \"logs/day-*.jsonl\"}]\n")
                .file("logs/day-1.jsonl", "{}\n").file("logs/day-2.jsonl", "{}\n").file("logs/other.jsonl", "{}\n");
        try (Bundle b = BundleOpener.open(tmp)) {
            assertThat(b.resolve(b.manifest().sources().get(0))).extracting(p -> p.getFileName().toString())
                    .containsExactly("day-1.jsonl", "day-2.jsonl");
        }
    }

    private static void put(ZipOutputStream z, String name, String content) throws IOException {
        z.putNextEntry(new ZipEntry(name));
        z.write(content.getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
    }
}
