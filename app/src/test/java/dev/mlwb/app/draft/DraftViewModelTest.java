package dev.mlwb.app.draft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.analysis.bundle.BundleOpener;
import dev.mlwb.analysis.bundle.Role;
import dev.mlwb.app.SampleCopy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The draft form's state, with background work run in place: guesses, edits among real columns, checks, saving. */
class DraftViewModelTest {
    private static final Executor NOW = Runnable::run;
    private static final Path SAMPLE = Path.of(System.getProperty("mlwb.samples.dir", "../sample-incidents"))
            .resolve("canary-contamination");

    @TempDir
    Path tmp;

    private Path folder;
    private DraftViewModel model;

    @BeforeEach
    void draft() throws IOException {
        folder = SampleCopy.withoutManifest(SAMPLE, tmp.resolve("cc"));
        model = new DraftViewModel(folder, NOW, NOW);
        model.load();
    }

    private FileRow row(String path) {
        return model.files().stream().filter(r -> r.path().equals(path)).findFirst().orElseThrow();
    }

    @Test
    void showsEveryFileWithItsRoleTheMappingAndWhatItEnables() {
        assertThat(model.files()).extracting(FileRow::path, FileRow::role).containsExactly(
                org.assertj.core.groups.Tuple.tuple("README.md", "NOT PLACED"),
                org.assertj.core.groups.Tuple.tuple("events/deploy_log.jsonl", "EVENTS"),
                org.assertj.core.groups.Tuple.tuple("metrics/serving_by_minute.csv", "METRICS"));
        model.selectedProperty().set(row("metrics/serving_by_minute.csv"));
        SourceEditorViewModel e = model.editor();
        assertThat(e.roleProperty().get()).isEqualTo("metrics");
        assertThat(e.roles()).contains("metrics", "events", SourceEditorViewModel.LEAVE_OUT);
        assertThat(e.keys()).extracting(MappingRow::key, r -> r.columnProperty().get())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("timestamp", "minute"),
                        org.assertj.core.groups.Tuple.tuple("arm", "model"));
        assertThat(e.keys().get(1).choices()).startsWith(MappingRow.NONE, "minute", "model", "os", "geo");
        assertThat(e.metrics()).filteredOn(r -> r.key().equals("requests")).singleElement()
                .satisfies(r -> assertThat(r.columnProperty().get()).isEqualTo("req_count"));
        assertThat(e.slices()).containsExactly("os", "geo");
        assertThat(e.enablesProperty().get()).contains("canary.traffic-mix").contains("canary.slice-guard");
        assertThat(model.preview()).hasSize(13);
        assertThat(model.preview().get(0)).startsWith("minute", "model", "os", "geo", "req_count");
        assertThat(model.coverageProperty().get()).startsWith("6 of 19 checks can run");
        assertThat(model.baselineProperty().get()).isEqualTo("v41");
        assertThat(model.yamlProperty().get()).contains("arm: \"model\"");
    }

    @Test
    void anEditChangesTheManifestAndTheChecksItEnables() {
        model.selectedProperty().set(row("metrics/serving_by_minute.csv"));
        model.editor().keys().get(1).columnProperty().set(MappingRow.NONE);
        assertThat(model.yamlProperty().get()).doesNotContain("arm: \"model\"");
        assertThat(model.checks()).filteredOn(c -> c.id().equals("canary.traffic-mix")).singleElement()
                .satisfies(c -> assertThat(c.verdict()).isEqualTo("CANNOT RUN"));
        model.editor().slices().setAll("geo");
        assertThat(model.yamlProperty().get()).contains("slices: [\"geo\"]");
        model.selectedProperty().set(row("events/deploy_log.jsonl"));
        model.editor().roleProperty().set(SourceEditorViewModel.LEAVE_OUT);
        assertThat(row("events/deploy_log.jsonl").role()).isEqualTo("NOT PLACED");
        assertThat(model.yamlProperty().get()).doesNotContain("deploy_log.jsonl\"\n");
        model.editor().roleProperty().set("events");
        assertThat(row("events/deploy_log.jsonl").file().sources()).singleElement()
                .satisfies(s -> assertThat(s.role()).isEqualTo(Role.EVENTS));
    }

    @Test
    void savingWritesAManifestThatOpens() throws Exception {
        model.titleProperty().set("Mobile ranker canary, drafted");
        model.save();
        assertThat(model.savedProperty().get()).isEqualTo(folder);
        assertThat(Files.readString(folder.resolve("incident.yaml"))).contains("title: \"Mobile ranker canary, drafted\"");
        try (var b = BundleOpener.open(folder)) {
            assertThat(b.manifest().sources()).hasSize(2);
            assertThat(b.manifest().arms().canary()).isEqualTo("v42");
        }
        model.save();
        assertThat(model.statusProperty().get()).startsWith("Not saved: ").contains("already has incident.yaml");
    }
}
