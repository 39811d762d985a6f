package dev.mlwb.analysis;

import dev.mlwb.analysis.bundle.Bundle;
import dev.mlwb.analysis.bundle.BundleException;
import dev.mlwb.analysis.bundle.BundleOpener;
import dev.mlwb.analysis.check.Check;
import dev.mlwb.analysis.check.CheckContext;
import dev.mlwb.analysis.check.CheckResult;
import dev.mlwb.analysis.check.Thresholds;
import dev.mlwb.analysis.data.IncidentData;
import dev.mlwb.analysis.data.IncidentLoader;
import dev.mlwb.analysis.run.Cancellation;
import dev.mlwb.analysis.run.Progress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

/** Writes small bundles into a test's temporary folder and loads them. */
public final class TestBundle {
    private final Path dir;

    private TestBundle(Path dir) {
        this.dir = dir;
    }

    public static TestBundle in(Path dir) {
        return new TestBundle(dir);
    }

    public Path dir() {
        return dir;
    }

    /** Writes a file (creating folders) and returns this. */
    public TestBundle file(String relative, String content) {
        try {
            Path p = dir.resolve(relative);
            Files.createDirectories(p.getParent());
            Files.writeString(p, content, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TestBundle file(String relative, List<String> lines) {
        return file(relative, String.join("\n", lines) + "\n");
    }

    /** Writes {@code incident.yaml} with the standard header followed by {@code body}. */
    public TestBundle manifest(String body) {
        return file("incident.yaml", "format: mlwb-incident/1\ntitle: test incident\n" + body);
    }

    public Bundle open() throws BundleException {
        return BundleOpener.open(dir);
    }

    /** Opens and loads the bundle; the caller closes the data. */
    public IncidentData load() throws BundleException, SQLException {
        return IncidentLoader.load(open(), Progress.NONE, Cancellation.none());
    }

    /** Loads the bundle and runs one check with its default thresholds (or the manifest's). */
    public CheckResult run(Check check) throws Exception {
        try (IncidentData data = load()) {
            if (check.skipReason(data).isPresent()) {
                throw new AssertionError("check skipped: " + check.skipReason(data).get());
            }
            return check.run(new CheckContext(data, Thresholds.resolve(check, data.manifest()), Cancellation.none()));
        }
    }
}
