package dev.mlwb.analysis.draft;

import dev.mlwb.analysis.bundle.Comparison;
import dev.mlwb.analysis.bundle.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A drafted manifest: the incident's title, the guessed arms and comparisons, and every file found
 * with the sources guessed from it. Immutable; edits return a new draft. {@link DraftYaml} writes it.
 *
 * @param folder the folder's name, for the title and messages
 * @param comparisons feature dataset pairs to compare
 * @param comparisonsWhy why these pairs
 */
public record ManifestDraft(String folder, String title, String description, Optional<ArmsGuess> arms,
                            List<Comparison> comparisons, String comparisonsWhy, List<DraftFile> files,
                            Map<String, FileProfile> profiles) {

    public ManifestDraft {
        comparisons = List.copyOf(comparisons);
        files = List.copyOf(files);
        profiles = Map.copyOf(profiles);
    }

    /** Every guessed source, in file order. */
    public List<DraftSource> sources() {
        return files.stream().flatMap(f -> f.sources().stream()).toList();
    }

    /** The files no role fits. */
    public List<DraftFile> unplaced() {
        return files.stream().filter(DraftFile::isUnplaced).toList();
    }

    /** The file at {@code path}. */
    public Optional<DraftFile> file(String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst();
    }

    /**
     * The best guess for a file in a role the user picked (empty when the file cannot play it: the
     * role needs a column the file lacks).
     */
    public Optional<DraftSource> guessAs(String path, Role role) {
        FileProfile p = profiles.get(path);
        if (p == null || p.columns().isEmpty()) {
            return Optional.empty();
        }
        Optional<DraftSource> current = file(path).flatMap(f -> f.sources().stream().findFirst());
        String name = current.map(DraftSource::name).orElse(p.names().slug());
        return TableGuesser.as(p, role).map(m -> {
            if (role == Role.FEATURES || role == Role.PREDICTIONS) {
                m.dataset = Optional.of(current.flatMap(DraftSource::dataset).orElse(Datasets.slug(p)));
            }
            return m.build(name, p.format().orElseThrow());
        });
    }

    /** The roles a file could play, best first (for the form's role choice). */
    public List<Role> possibleRoles(String path) {
        FileProfile p = profiles.get(path);
        if (p == null || p.columns().isEmpty()) {
            return file(path).map(f -> f.sources().stream().map(DraftSource::role).toList()).orElse(List.of());
        }
        List<Mapping> c = new ArrayList<>(TableGuesser.candidates(p));
        c.sort((x, y) -> Double.compare(y.score, x.score));
        return c.stream().map(m -> m.role).toList();
    }

    /** This draft with one file's sources replaced. */
    public ManifestDraft withFile(DraftFile changed) {
        List<DraftFile> fs = files.stream().map(f -> f.path().equals(changed.path()) ? changed : f).toList();
        return new ManifestDraft(folder, title, description, arms, comparisons, comparisonsWhy, fs, profiles);
    }

    public ManifestDraft withArms(Optional<ArmsGuess> newArms) {
        return new ManifestDraft(folder, title, description, newArms, comparisons, comparisonsWhy, files, profiles);
    }

    public ManifestDraft withComparisons(List<Comparison> newComparisons, String why) {
        return new ManifestDraft(folder, title, description, arms, newComparisons, why, files, profiles);
    }

    public ManifestDraft withTitle(String newTitle) {
        return new ManifestDraft(folder, newTitle, description, arms, comparisons, comparisonsWhy, files, profiles);
    }
}
