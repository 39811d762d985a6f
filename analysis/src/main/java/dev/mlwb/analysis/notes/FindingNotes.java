package dev.mlwb.analysis.notes;

import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Subject;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The notes of one incident, by finding. A finding is known by its check and its subjects, not its
 * title: a title carries numbers that move when a threshold or the data changes, while "traffic
 * mix, os=android" stays the same finding. Immutable: {@link #with} returns the changed notes.
 */
public final class FindingNotes {
    /** No notes. */
    public static final FindingNotes NONE = new FindingNotes(Map.of());

    private final Map<String, Note> byKey;

    private FindingNotes(Map<String, Note> byKey) {
        this.byKey = byKey;
    }

    /** Notes from a list (the last note of a key wins). */
    public static FindingNotes of(Collection<Note> notes) {
        Map<String, Note> m = new LinkedHashMap<>();
        notes.forEach(n -> m.put(n.key(), n));
        return new FindingNotes(Map.copyOf(m));
    }

    /** {@code canary.traffic-mix [slice:os=android]}: the check and its subjects, in the order the check gives them. */
    public static String key(Finding f) {
        return f.check() + " [" + f.subjects().stream().map(Subject::toString).collect(Collectors.joining(", ")) + "]";
    }

    public Optional<Note> note(Finding f) {
        return Optional.ofNullable(byKey.get(key(f)));
    }

    /** The note's text, or empty. */
    public String text(Finding f) {
        return note(f).map(Note::text).orElse("");
    }

    /** These notes with the finding's note set to {@code text}; blank text removes it. */
    public FindingNotes with(Finding f, String text, Instant now) {
        String key = key(f);
        Map<String, Note> m = new LinkedHashMap<>(byKey);
        if (text == null || text.isBlank()) {
            m.remove(key);
        } else {
            m.put(key, new Note(key, f.check(), f.title(), text, now));
        }
        return new FindingNotes(Map.copyOf(m));
    }

    /** Every note, ordered by key (so the file changes only where a note did). */
    public java.util.List<Note> notes() {
        return byKey.values().stream().sorted(java.util.Comparator.comparing(Note::key)).toList();
    }

    public boolean isEmpty() {
        return byKey.isEmpty();
    }

    public int size() {
        return byKey.size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FindingNotes other && other.byKey.equals(byKey);
    }

    @Override
    public int hashCode() {
        return byKey.hashCode();
    }
}
