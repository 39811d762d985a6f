package dev.mlwb.app.notes;

import dev.mlwb.analysis.notes.FindingNotes;
import dev.mlwb.analysis.notes.NotesFile;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes notes files on a thread of their own, one at a time and in order, so the FX
 * thread never waits on a disk and a later save never lands before an earlier one.
 */
public final class NotesStore implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(NotesStore.class);
    private final ExecutorService io = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "mlwb-notes");
        t.setDaemon(true);
        return t;
    });

    /** Reads a notes file (none yet: no notes); the value or the error reaches the FX thread through the task. */
    public Task<FindingNotes> load(Path file) {
        Task<FindingNotes> t = new Task<>() {
            @Override
            protected FindingNotes call() throws Exception {
                return NotesFile.read(file);
            }
        };
        io.submit(t);
        return t;
    }

    /** Writes the notes atomically. */
    public Task<Void> save(Path file, FindingNotes notes) {
        Task<Void> t = new Task<>() {
            @Override
            protected Void call() throws Exception {
                NotesFile.write(file, notes);
                LOG.debug("saved {} notes to {}", notes.size(), file);
                return null;
            }
        };
        io.submit(t);
        return t;
    }

    /** Lets queued saves finish (a few seconds at most), then stops the thread. */
    @Override
    public void close() {
        io.shutdown();
        try {
            if (!io.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("notes were still being saved after 5 s; giving up");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
