package dev.mlwb.analysis.draft;

import dev.mlwb.analysis.bundle.BundleException;
import dev.mlwb.analysis.bundle.BundleOpener;
import dev.mlwb.analysis.bundle.ManifestParser;
import dev.mlwb.analysis.bundle.SourceFormat;
import dev.mlwb.analysis.data.Database;
import dev.mlwb.analysis.data.FileReaders;
import dev.mlwb.analysis.data.Row;
import dev.mlwb.analysis.io.AtomicFiles;
import dev.mlwb.analysis.run.Cancellation;
import dev.mlwb.analysis.run.Progress;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Drafted manifests: profile a folder's files and guess a manifest ({@link #draft}), write it
 * ({@link #write}), tell which checks it enables ({@link DraftCoverage}), and preview a file's first
 * rows. Shared by {@code mlwb init} and the app's draft form.
 */
public final class Drafts {
    /** The manifest a draft is written to. */
    public static final String MANIFEST = BundleOpener.MANIFEST_NAMES.get(0);

    private Drafts() {
    }

    /**
     * Profiles every CSV, Parquet and JSON file (and MLflow folder) under {@code folder} and guesses
     * a manifest.
     *
     * @throws IOException if the folder cannot be listed
     * @throws SQLException if DuckDB cannot start
     */
    public static ManifestDraft draft(Path folder, Progress progress, Cancellation cancel) throws IOException, SQLException {
        Path root = folder.toRealPath();
        List<Path> files = Profiler.candidates(root);
        List<FileProfile> profiles = new ArrayList<>();
        try (Database db = Database.inMemory()) {
            db.cancelWith(cancel);
            Profiler profiler = new Profiler(db, cancel);
            for (int i = 0; i < files.size(); i++) {
                cancel.throwIfCancelled();
                progress.update((double) i / Math.max(1, files.size()), "Reading " + root.relativize(files.get(i)));
                profiles.add(profiler.profile(root, files.get(i)));
            }
        }
        progress.update(1, "Read " + files.size() + " files");
        String name = root.getFileName() == null ? "incident" : root.getFileName().toString();
        return new DraftAssembler(name, profiles).assemble();
    }

    /** Whether {@code path} is a folder without a manifest: opening it means drafting one. */
    public static boolean needsDraft(Path path) {
        return Files.isDirectory(path) && existingManifests(path).isEmpty();
    }

    /** The manifest files already in {@code folder}. */
    public static List<String> existingManifests(Path folder) {
        return BundleOpener.MANIFEST_NAMES.stream().filter(n -> Files.exists(folder.resolve(n))).toList();
    }

    /**
     * Checks that the draft's YAML is a valid manifest and writes it to {@code folder/incident.yaml}
     * atomically: never over an existing manifest unless {@code force}, and never beside another
     * manifest file ({@code incident.json}), which would make the bundle ambiguous.
     *
     * @throws BundleException if the YAML is not a valid manifest (a bug in the draft) or a manifest exists
     * @throws IOException if the file cannot be written
     */
    public static Path write(Path folder, String yaml, boolean force) throws BundleException, IOException {
        if (yaml.isBlank()) {
            throw new BundleException(folder.toString(), "", "no file could be placed, so there is no manifest to write");
        }
        ManifestParser.parse(MANIFEST, new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
        Path target = folder.resolve(MANIFEST);
        List<String> others = existingManifests(folder).stream().filter(n -> !n.equals(MANIFEST)).toList();
        if (!others.isEmpty()) {
            throw new BundleException(folder.toString(), "", "already has " + others.get(0)
                    + "; move it away to draft " + MANIFEST + " (two manifests would make the bundle ambiguous)");
        }
        try {
            if (force) {
                AtomicFiles.write(target, yaml);
            } else {
                AtomicFiles.writeNew(target, yaml);
            }
        } catch (FileAlreadyExistsException e) {
            throw new BundleException(folder.toString(), "", "already has " + MANIFEST + "; pass --force to replace it");
        }
        return target;
    }

    /**
     * The first {@code rows} rows of a table file as text (header first), read by DuckDB; empty for
     * documents and folders.
     */
    public static List<List<String>> preview(Path folder, String path, int rows) throws SQLException {
        Path file = folder.resolve(path);
        Optional<SourceFormat> format = SourceFormat.fromFileName(file.getFileName().toString());
        if (format.isEmpty() || Files.isDirectory(file) || DocumentSniffer.sniff(file, format.get()).isPresent()) {
            return List.of();
        }
        try (Database db = Database.inMemory()) {
            String reader = FileReaders.sql(format.get(), List.of(file), false);
            List<String> header = new ArrayList<>(db.describe("(SELECT * FROM " + reader + ")").keySet());
            List<List<String>> out = new ArrayList<>();
            out.add(header);
            for (Row r : db.query("SELECT * FROM " + reader + " LIMIT " + Math.max(0, rows))) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < r.size(); i++) {
                    cells.add(r.get(i) == null ? "" : r.get(i).toString());
                }
                out.add(cells);
            }
            return out;
        }
    }
}
