package dev.mlwb.app.story;

import dev.mlwb.analysis.check.Finding;
import java.util.Optional;

/**
 * One line of the story as the overview shows it.
 *
 * @param kind what the line is
 * @param depth how far under its root cause (0 for a root)
 * @param text the line
 * @param detail a second line in smaller type (why a link was drawn, how an onset was found), or empty
 * @param finding the finding the line links to, if any
 */
public record StoryRow(Kind kind, int depth, String text, String detail, Optional<Finding> finding) {
    /** What a line is. */
    public enum Kind {
        /** "Likely root cause", "Other root causes". */
        HEADING,
        /** A root cause. */
        ROOT,
        /** When a root cause started and was noticed. */
        WHEN,
        /** A finding explained by the one above it. */
        LINK,
        /** A deployment event the root cause bears on. */
        EVENT
    }

    /** The severity key of the linked finding ({@code critical}, ...), or empty. */
    public String severity() {
        return finding.map(f -> f.severity().key()).orElse("");
    }
}
