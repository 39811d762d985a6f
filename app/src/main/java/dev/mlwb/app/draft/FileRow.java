package dev.mlwb.app.draft;

import dev.mlwb.analysis.draft.DraftFile;
import dev.mlwb.analysis.draft.DraftSource;
import java.util.Locale;

/** A file of the folder as the form's list shows it: its path, the role it got (or why none), and its size. */
public record FileRow(DraftFile file) {
    public String path() {
        return file.path();
    }

    /** {@code METRICS}, {@code EVENTS}, ... or {@code NOT PLACED}. */
    public String role() {
        if (file.partOf().isPresent()) {
            return "METRICS";
        }
        return file.sources().isEmpty() ? "NOT PLACED" : file.sources().get(0).role().key().toUpperCase(Locale.ROOT);
    }

    public boolean placed() {
        return !file.isUnplaced();
    }

    /** What the file is or why it was not placed, in a line. */
    public String detail() {
        if (file.partOf().isPresent()) {
            return "read with " + file.partOf().get();
        }
        if (file.sources().isEmpty()) {
            return file.unplaced().orElse("no role fits");
        }
        DraftSource s = file.sources().get(0);
        String rows = file.rows() >= 0 ? String.format(Locale.ROOT, "%,d rows · ", file.rows()) : "";
        return rows + s.comment().replaceFirst("^[a-z]+: ", "");
    }
}
