package dev.mlwb.analysis.bundle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An opened incident bundle: its root folder (for a {@code .zip}, a private extracted copy that
 * {@link #close()} removes) and its manifest. Resolves the manifest's paths so that none leaves
 * the root, through {@code ..}, absolute paths or symbolic links.
 */
public final class Bundle implements AutoCloseable {
    private final Path root;
    private final Path opened;
    private final Manifest manifest;
    private final Optional<Path> extracted;

    Bundle(Path root, Path opened, Manifest manifest, Optional<Path> extracted) {
        this.root = root;
        this.opened = opened;
        this.manifest = manifest;
        this.extracted = extracted;
    }

    /** The folder holding the manifest (real path). */
    public Path root() {
        return root;
    }

    /** What the user opened (the folder, manifest file or {@code .zip}), as they named it. */
    public Path opened() {
        return opened;
    }

    public Manifest manifest() {
        return manifest;
    }

    /**
     * The files a source's path names: one file, or every match of a glob ({@code *}, {@code ?},
     * {@code [..]}, {@code **}), each inside the bundle.
     */
    public List<Path> resolve(SourceSpec source) throws BundleException {
        String rel = source.path().replace('\\', '/');
        if (isGlob(rel)) {
            return resolveGlob(source, rel);
        }
        return List.of(resolve(source, "path", source.path(), false));
    }

    /**
     * One path a source names under {@code key} (e.g. a saved Prometheus response under
     * {@code metrics.requests}, or an MLflow folder under {@code path}), checked to lie inside the bundle.
     *
     * @param folder whether the path must be a folder rather than a file
     */
    public Path resolve(SourceSpec source, String key, String path, boolean folder) throws BundleException {
        Path file = root.resolve(path.replace('\\', '/')).normalize();
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.exists(file)) {
            throw new BundleException(manifest.file(), source.keyPath(key),
                    (folder ? "folder \"" : "file \"") + path + "\" not found in the bundle" + nearby(file));
        }
        Path real = realInside(source, file);
        if (folder ? !Files.isDirectory(real) : !Files.isRegularFile(real)) {
            throw new BundleException(manifest.file(), source.keyPath(key),
                    "\"" + path + "\" is not a " + (folder ? "folder" : "file"));
        }
        return real;
    }

    /** A path relative to the bundle root, for messages. */
    /** How errors name a source's files: the one file relative to the bundle, or its pattern and how many files. */
    public String shown(SourceSpec source, List<Path> files) {
        return files.size() == 1 ? relative(files.get(0)) : source.path() + " (" + files.size() + " files)";
    }

    public String relative(Path p) {
        Path r = p.startsWith(root) ? root.relativize(p) : p;
        return r.toString().replace('\\', '/');
    }

    private List<Path> resolveGlob(SourceSpec source, String rel) throws BundleException {
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + rel);
        List<Path> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(p) && matcher.matches(root.relativize(p))) {
                    out.add(realInside(source, p));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new BundleException(manifest.file(), source.keyPath("path"), "cannot list files: " + e.getMessage(), e);
        }
        if (out.isEmpty()) {
            throw new BundleException(manifest.file(), source.keyPath("path"),
                    "pattern \"" + source.path() + "\" matches no file in the bundle");
        }
        out.sort(Comparator.naturalOrder());
        return out;
    }

    private Path realInside(SourceSpec source, Path file) throws BundleException {
        try {
            Path real = file.toRealPath();
            if (!real.startsWith(root)) {
                throw new BundleException(manifest.file(), source.keyPath("path"),
                        "\"" + source.path() + "\" links outside the bundle; copy the file into the bundle folder");
            }
            return real;
        } catch (IOException e) {
            throw new BundleException(manifest.file(), source.keyPath("path"),
                    "\"" + source.path() + "\" cannot be read: " + e.getMessage(), e);
        }
    }

    private String nearby(Path missing) {
        Path dir = missing.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            return "";
        }
        try (Stream<Path> list = Files.list(dir)) {
            List<String> names = list.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .sorted().limit(8).toList();
            return names.isEmpty() ? "" : "; files there: " + String.join(", ", names);
        } catch (IOException e) {
            return "";
        }
    }

    static boolean isGlob(String path) {
        return path.contains("*") || path.contains("?") || path.contains("[");
    }

    @Override
    public void close() {
        extracted.ifPresent(BundleOpener::deleteTree);
    }
}
