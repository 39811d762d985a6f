package dev.mlwb.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies of sample bundles for tests and tours that write into them (notes) or draft their manifest again. */
public final class SampleCopy {
    private SampleCopy() {
    }

    /** The whole folder {@code from} copied to {@code to}; returns {@code to}. */
    public static Path of(Path from, Path to) throws IOException {
        return copy(from, to, false);
    }

    /** The folder {@code from} copied to {@code to} without its {@code incident.yaml}: a folder to draft; returns {@code to}. */
    public static Path withoutManifest(Path from, Path to) throws IOException {
        return copy(from, to, true);
    }

    private static Path copy(Path from, Path to, boolean leaveManifest) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!leaveManifest || !p.getFileName().toString().equals("incident.yaml")) {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }
}
