package dev.mlwb.app.notes;

import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.notes.FindingNotes;
import dev.mlwb.analysis.report.FindingMarkdown;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;
import javafx.util.Duration;

/**
 * The note on the selected finding. Typing changes the incident's notes at once and saves them
 * shortly after the typing stops (and when the analyst moves on), in the background. A notes file
 * that cannot be read is never overwritten: editing stays off and the reason is shown, so nothing
 * the analyst wrote earlier is lost.
 */
public final class NotesViewModel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private final NotesStore store;
    private final Consumer<String> loadError;
    private final Clock clock;
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(false);
    private final PauseTransition quiet = new PauseTransition(Duration.millis(700));
    private FindingNotes notes = FindingNotes.NONE;
    private Path file;
    private Finding finding;
    private boolean showing;
    private boolean dirty;
    private int generation;

    /**
     * @param loadError told (on the FX thread) when a notes file cannot be read, for the load-issues panel
     */
    public NotesViewModel(NotesStore store, Consumer<String> loadError, Clock clock) {
        this.store = store;
        this.loadError = loadError;
        this.clock = clock;
        quiet.setOnFinished(e -> save());
        text.addListener((obs, was, is) -> edited(is));
    }

    /** Loads the notes of a newly opened bundle, after saving what is pending for the previous one. */
    public void open(Path notesFile) {
        save();
        int g = ++generation;
        file = notesFile;
        notes = FindingNotes.NONE;
        editable.set(false);
        status.set("Loading notes…");
        Task<FindingNotes> t = store.load(notesFile);
        t.setOnSucceeded(e -> {
            if (g == generation) {
                notes = t.getValue();
                editable.set(true);
                status.set(notes.isEmpty() ? "Notes are saved to " + name() + " with the bundle."
                        : notes.size() + (notes.size() == 1 ? " note" : " notes") + " in " + name() + ".");
                show(finding);
            }
        });
        t.setOnFailed(e -> {
            if (g == generation) {
                String why = t.getException() == null ? "unknown error" : t.getException().getMessage();
                status.set("Notes are off: " + why + ". Fix or move the file away, then reopen the bundle.");
                loadError.accept(why + " (notes are not saved until it is fixed or moved away)");
            }
        });
    }

    /** Shows the note of a finding (null: none selected). */
    public void show(Finding f) {
        finding = f;
        showing = true;
        try {
            text.set(f == null ? "" : notes.text(f));
        } finally {
            showing = false;
        }
    }

    private void edited(String now) {
        if (showing || finding == null || !editable.get()) {
            return;
        }
        notes = notes.with(finding, now, clock.instant());
        dirty = true;
        status.set("Editing…");
        quiet.playFromStart();
    }

    /** Saves pending changes now, in the background. */
    public void save() {
        quiet.stop();
        if (!dirty || file == null) {
            return;
        }
        dirty = false;
        Path target = file;
        Task<Void> t = store.save(target, notes);
        t.setOnSucceeded(e -> {
            if (target.equals(file) && !dirty) {
                status.set("Saved at " + TIME.format(clock.instant()) + " UTC to " + name() + ".");
            }
        });
        t.setOnFailed(e -> {
            if (target.equals(file)) {
                dirty = true;
                status.set("Could not save to " + target + ": " + (t.getException() == null ? "unknown error"
                        : t.getException().getMessage()) + ". The notes are kept while the app is open.");
            }
        });
    }

    private String name() {
        return file == null ? "" : file.getFileName().toString();
    }

    /** The selected finding as Markdown with its note (to paste into an incident channel), if one is selected. */
    public Optional<String> markdown() {
        return finding == null ? Optional.empty() : Optional.of(FindingMarkdown.of(finding, notes));
    }

    /** The notes as they are now (saved or not), for exports. */
    public FindingNotes notes() {
        return notes;
    }

    /** The selected finding's note; bound to the text area. */
    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** False while loading, without a finding, or when the notes file could not be read. */
    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }
}
