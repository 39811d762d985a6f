package dev.mlwb.analysis.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens a bundle from a folder, a manifest file, or a {@code .zip} of a bundle folder. */
public final class BundleOpener {
    /** Manifest names looked for at a bundle's root, in this order. */
    public static final List<String> MANIFEST_NAMES = List.of("incident.yaml", "incident.yml", "incident.json");

    private static final Logger LOG = LoggerFactory.getLogger(BundleOpener.class);

    private BundleOpener() {
    }

    public static Bundle open(Path given) throws BundleException {
        // the path as the user gave it, without redundant steps ("app/../sample-incidents/x" is shown as "sample-incidents/x")
        Path path = given.normalize();
        Path p = path.toAbsolutePath().normalize();
        String shown = path.toString();
        if (!Files.exists(p)) {
            throw new BundleException(shown, "", "does not exist");
        }
        if (Files.isDirectory(p)) {
            return openFolder(p, path, Optional.empty());
        }
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".zip")) {
            return openZip(p, path);
        }
        if (MANIFEST_NAMES.contains(name)) {
            return openManifest(p.getParent(), p, path, Optional.empty());
        }
        throw new BundleException(shown, "", "is neither a bundle folder, a .zip, nor a manifest ("
                + String.join(", ", MANIFEST_NAMES) + ")");
    }

    /**
     * A bundle of {@code folder} read with a manifest that is not (yet) on disk, e.g. a draft being
     * edited: its text is parsed as {@code incident.yaml} would be.
     */
    public static Bundle openWith(Path folder, String manifestYaml) throws BundleException {
        try {
            Path root = folder.toRealPath();
            Manifest manifest = ManifestParser.parse(MANIFEST_NAMES.get(0),
                    new java.io.ByteArrayInputStream(manifestYaml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            return new Bundle(root, folder, manifest, Optional.empty());
        } catch (IOException e) {
            throw new BundleException(folder.toString(), "", "cannot be read: " + e.getMessage(), e);
        }
    }

    private static Bundle openFolder(Path folder, Path opened, Optional<Path> extracted) throws BundleException {
        List<Path> manifests = new ArrayList<>();
        for (String n : MANIFEST_NAMES) {
            Path m = folder.resolve(n);
            if (Files.isRegularFile(m)) {
                manifests.add(m);
            }
        }
        if (manifests.isEmpty()) {
            throw new BundleException(opened.toString(), "", "has no manifest: expected one of "
                    + String.join(", ", MANIFEST_NAMES) + " at its top level");
        }
        if (manifests.size() > 1) {
            throw new BundleException(opened.toString(), "", "has two manifests ("
                    + manifests.get(0).getFileName() + " and " + manifests.get(1).getFileName() + "); keep one");
        }
        return openManifest(folder, manifests.get(0), opened, extracted);
    }

    private static Bundle openManifest(Path folder, Path manifestFile, Path opened, Optional<Path> extracted)
            throws BundleException {
        try {
            Path root = folder.toRealPath();
            Manifest manifest = ManifestParser.parse(manifestFile);
            return new Bundle(root, opened, manifest, extracted);
        } catch (IOException e) {
            throw new BundleException(opened.toString(), "", "cannot be read: " + e.getMessage(), e);
        }
    }

    private static Bundle openZip(Path zip, Path shown) throws BundleException {
        Path dir;
        try {
            dir = Files.createTempDirectory("mlwb-bundle-");
        } catch (IOException e) {
            throw new BundleException(zip.toString(), "", "cannot be unpacked: " + e.getMessage(), e);
        }
        try {
            unzip(zip, dir);
            Path root = findRoot(dir).orElseThrow(() -> new BundleException(zip.getFileName().toString(), "",
                    "holds no manifest (" + String.join(", ", MANIFEST_NAMES) + ") at its top level or in its one top folder"));
            return openFolder(root, shown, Optional.of(dir));
        } catch (BundleException | RuntimeException e) {
            deleteTree(dir);
            throw e;
        }
    }

    private static void unzip(Path zip, Path dir) throws BundleException {
        String shown = zip.getFileName().toString();
        try (InputStream raw = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(raw)) {
            ZipEntry e;
            int entries = 0;
            while ((e = in.getNextEntry()) != null) {
                entries++;
                String name = e.getName().replace('\\', '/');
                Path target = dir.resolve(name).normalize();
                if (name.startsWith("/") || !target.startsWith(dir) || name.contains("../")) {
                    throw new BundleException(shown, "entry \"" + e.getName() + "\"", "leaves the archive's folder; refusing to unpack it");
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            if (entries == 0) {
                throw new BundleException(shown, "", "is not a zip archive, or is empty");
            }
        } catch (ZipException ex) {
            throw new BundleException(shown, "", "is not a valid zip archive: " + ex.getMessage(), ex);
        } catch (IOException ex) {
            throw new BundleException(shown, "", "cannot be unpacked: " + ex.getMessage(), ex);
        }
    }

    private static Optional<Path> findRoot(Path dir) throws BundleException {
        if (MANIFEST_NAMES.stream().anyMatch(n -> Files.isRegularFile(dir.resolve(n)))) {
            return Optional.of(dir);
        }
        try (Stream<Path> children = Files.list(dir)) {
            List<Path> folders = children.filter(Files::isDirectory)
                    .filter(p -> !p.getFileName().toString().equals("__MACOSX")).toList();
            if (folders.size() == 1 && MANIFEST_NAMES.stream().anyMatch(n -> Files.isRegularFile(folders.get(0).resolve(n)))) {
                return Optional.of(folders.get(0));
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new BundleException(dir.toString(), "", "cannot be listed: " + e.getMessage(), e);
        }
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.warn("could not delete {}: {}", p, e.getMessage());
                }
            });
        } catch (IOException e) {
            LOG.warn("could not delete {}: {}", dir, e.getMessage());
        }
    }
}
