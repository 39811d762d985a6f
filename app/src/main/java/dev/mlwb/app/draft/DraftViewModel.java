package dev.mlwb.app.draft;

import dev.mlwb.analysis.bundle.BundleException;
import dev.mlwb.analysis.bundle.BundleOpener;
import dev.mlwb.analysis.draft.ArmsGuess;
import dev.mlwb.analysis.draft.CheckCoverage;
import dev.mlwb.analysis.draft.DraftCoverage;
import dev.mlwb.analysis.draft.DraftFile;
import dev.mlwb.analysis.draft.DraftYaml;
import dev.mlwb.analysis.draft.Drafts;
import dev.mlwb.analysis.draft.ManifestDraft;
import dev.mlwb.analysis.run.Cancellation;
import dev.mlwb.analysis.run.Progress;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The draft form for a folder without a manifest: the files with their guessed roles, the selected
 * file's mapping ({@link SourceEditorViewModel}) and first rows, which checks the whole draft enables
 * and why the others cannot run, the manifest as it will be written; saving writes it atomically.
 * Profiling, previews, the checks' verdicts and saving run on {@code background}; their answers reach
 * the properties through {@code fx} (the FX thread in the app, the calling thread in tests).
 */
public final class DraftViewModel {
    private static final int PREVIEW_ROWS = 12;

    private final Path folder;
    private final Executor background;
    private final Executor fx;
    private final AtomicInteger generation = new AtomicInteger();
    private final ReadOnlyObjectWrapper<ManifestDraft> draft = new ReadOnlyObjectWrapper<>();
    private final ObservableList<FileRow> files = FXCollections.observableArrayList();
    private final ObjectProperty<FileRow> selected = new SimpleObjectProperty<>();
    private final SourceEditorViewModel editor = new SourceEditorViewModel(this::edited);
    private final ObservableList<List<String>> preview = FXCollections.observableArrayList();
    private final ObservableList<CheckRow> checks = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper coverage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper yaml = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty baseline = new SimpleStringProperty("");
    private final StringProperty canary = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Path> saved = new ReadOnlyObjectWrapper<>();
    private DraftCoverage lastCoverage;

    public DraftViewModel(Path folder, Executor background, Executor fx) {
        this.folder = folder;
        this.background = background;
        this.fx = fx;
        selected.addListener((obs, was, is) -> select(is));
        title.addListener((obs, was, is) -> changed());
        baseline.addListener((obs, was, is) -> changed());
        canary.addListener((obs, was, is) -> changed());
    }

    /** Profiles the folder's files and guesses the draft, in the background. */
    public void load() {
        busy.set(true);
        status.set("Reading the files of " + folder.getFileName() + "…");
        background.execute(() -> {
            try {
                ManifestDraft d = Drafts.draft(folder, Progress.NONE, Cancellation.none());
                fx.execute(() -> loaded(d));
            } catch (Exception e) {
                fx.execute(() -> {
                    busy.set(false);
                    status.set("The files could not be read: " + e.getMessage());
                });
            }
        });
    }

    private void loaded(ManifestDraft d) {
        busy.set(false);
        draft.set(d);
        title.set(d.title());
        baseline.set(d.arms().map(ArmsGuess::baseline).orElse(""));
        canary.set(d.arms().map(ArmsGuess::canary).orElse(""));
        files.setAll(d.files().stream().map(FileRow::new).toList());
        status.set(d.sources().size() + " sources guessed from " + d.files().size() + " files"
                + (d.unplaced().isEmpty() ? "" : "; " + d.unplaced().size() + " not placed") + ". Nothing is written "
                + "until you save.");
        changed();
        files.stream().filter(FileRow::placed).findFirst().or(() -> files.stream().findFirst()).ifPresent(selected::set);
    }

    /** The form's files and checks after an edit of one file's source. */
    private void edited(DraftFile changed) {
        ManifestDraft d = draft.get().withFile(changed);
        draft.set(d);
        FileRow row = new FileRow(changed);
        for (int i = 0; i < files.size(); i++) {
            if (files.get(i).path().equals(changed.path())) {
                files.set(i, row);
            }
        }
        selected.set(row);
        changed();
    }

    private void select(FileRow row) {
        preview.clear();
        if (row == null || draft.get() == null) {
            return;
        }
        editor.show(draft.get(), row.file(), enables(row.file()));
        String path = row.path();
        background.execute(() -> {
            try {
                List<List<String>> rows = Drafts.preview(folder, path, PREVIEW_ROWS);
                fx.execute(() -> {
                    if (selected.get() != null && selected.get().path().equals(path)) {
                        preview.setAll(rows);
                    }
                });
            } catch (Exception e) {
                fx.execute(() -> preview.setAll(List.of(List.of("The first rows could not be read: " + e.getMessage()))));
            }
        });
    }

    private List<String> enables(DraftFile f) {
        return lastCoverage == null || f.sources().isEmpty() ? List.of() : lastCoverage.enabledBy(f.sources().get(0).name());
    }

    /** The draft as it will be written, with the form's title and arms. */
    private Optional<ManifestDraft> current() {
        ManifestDraft d = draft.get();
        if (d == null) {
            return Optional.empty();
        }
        String b = baseline.get().trim();
        String c = canary.get().trim();
        Optional<ArmsGuess> arms = b.isEmpty() || c.isEmpty() || b.equals(c) ? Optional.empty()
                : Optional.of(new ArmsGuess(b, c, d.arms().filter(a -> a.baseline().equals(b) && a.canary().equals(c))
                .map(ArmsGuess::why).orElse("chosen by hand")));
        return Optional.of(d.withTitle(title.get().isBlank() ? d.title() : title.get().trim()).withArms(arms));
    }

    /** Renders the manifest again and asks, in the background, which checks it enables (the latest edit wins). */
    private void changed() {
        Optional<ManifestDraft> d = current();
        if (d.isEmpty()) {
            return;
        }
        String text = d.get().sources().isEmpty() ? "" : DraftYaml.render(d.get());
        yaml.set(text);
        int gen = generation.incrementAndGet();
        coverage.set(text.isEmpty() ? "No file is placed: nothing to check." : "Finding out which checks can run…");
        if (text.isEmpty()) {
            checks.clear();
            return;
        }
        background.execute(() -> {
            if (gen != generation.get()) {
                return;
            }
            try {
                DraftCoverage c = DraftCoverage.of(BundleOpener.openWith(folder, text), Cancellation.none());
                fx.execute(() -> covered(gen, c));
            } catch (BundleException e) {
                fx.execute(() -> uncovered(gen, "The manifest is not valid yet: " + e.getMessage()));
            } catch (Exception e) {
                fx.execute(() -> uncovered(gen, "The checks could not be asked: " + e.getMessage()));
            }
        });
    }

    private void covered(int gen, DraftCoverage c) {
        if (gen != generation.get()) {
            return;
        }
        lastCoverage = c;
        checks.setAll(c.checks().stream().map(CheckRow::new).toList());
        long errors = c.issues().stream().filter(i -> i.isError()).count();
        coverage.set(c.enabled().size() + " of " + c.checks().size() + " checks can run"
                + (errors == 0 ? "" : "; " + errors + " source" + (errors == 1 ? " does" : "s do") + " not load: "
                + c.issues().stream().filter(i -> i.isError()).findFirst().map(i -> i.message()).orElse("")));
        FileRow row = selected.get();
        if (row != null) {
            editor.show(draft.get(), row.file(), enables(row.file()));
        }
    }

    private void uncovered(int gen, String why) {
        if (gen == generation.get()) {
            lastCoverage = null;
            checks.clear();
            coverage.set(why);
        }
    }

    /** Writes {@code incident.yaml} atomically (never over one that appeared meanwhile); then {@link #savedProperty} is set. */
    public void save() {
        String text = yaml.get();
        if (text.isEmpty() || busy.get()) {
            return;
        }
        busy.set(true);
        status.set("Saving " + Drafts.MANIFEST + "…");
        background.execute(() -> {
            try {
                Path written = Drafts.write(folder, text, false);
                fx.execute(() -> {
                    busy.set(false);
                    status.set("Saved " + written.getFileName() + ".");
                    saved.set(folder);
                });
            } catch (Exception e) {
                fx.execute(() -> {
                    busy.set(false);
                    status.set("Not saved: " + e.getMessage());
                });
            }
        });
    }

    public Path folder() {
        return folder;
    }

    public ReadOnlyObjectProperty<ManifestDraft> draftProperty() {
        return draft.getReadOnlyProperty();
    }

    public ObservableList<FileRow> files() {
        return files;
    }

    public ObjectProperty<FileRow> selectedProperty() {
        return selected;
    }

    public SourceEditorViewModel editor() {
        return editor;
    }

    /** The selected file's first rows, the header first. */
    public ObservableList<List<String>> preview() {
        return preview;
    }

    public ObservableList<CheckRow> checks() {
        return checks;
    }

    public ReadOnlyStringProperty coverageProperty() {
        return coverage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty yamlProperty() {
        return yaml.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty baselineProperty() {
        return baseline;
    }

    public StringProperty canaryProperty() {
        return canary;
    }

    /** The folder, once its manifest was written (the window then closes and the bundle opens). */
    public ReadOnlyObjectProperty<Path> savedProperty() {
        return saved.getReadOnlyProperty();
    }
}
