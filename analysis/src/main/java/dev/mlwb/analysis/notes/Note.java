package dev.mlwb.analysis.notes;

import java.time.Instant;
import java.util.Objects;

/**
 * What the analyst wrote about one finding.
 *
 * @param key the finding's {@linkplain FindingNotes#key key}: its check and subjects, stable across runs
 * @param check the finding's check id, for a reader of the file
 * @param title the finding's title when the note was last written, for a reader of the file
 * @param text the note itself
 * @param updated when the note was last changed
 */
public record Note(String key, String check, String title, String text, Instant updated) {
    public Note {
        Objects.requireNonNull(key, "key");
        check = check == null ? "" : check;
        title = title == null ? "" : title;
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(updated, "updated");
    }
}
