package dev.mlwb.analysis.checks.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.analysis.bundle.BundleException;
import dev.mlwb.analysis.bundle.BundleOpener;
import dev.mlwb.analysis.check.Check;
import dev.mlwb.analysis.check.CheckContext;
import dev.mlwb.analysis.check.CheckResult;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Thresholds;
import dev.mlwb.analysis.data.IncidentData;
import dev.mlwb.analysis.data.IncidentLoader;
import dev.mlwb.analysis.data.LoadIssue;
import dev.mlwb.analysis.run.Cancellation;
import dev.mlwb.analysis.run.Progress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** A small bundle written into a temporary folder, loaded, and checked by one check. */
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

    public TestBundle file(String name, List<String> lines) {
        return text(name, String.join("\n", lines) + "\n");
    }

    public TestBundle file(String name, String... lines) {
        return file(name, List.of(lines));
    }

    public TestBundle text(String name, String text) {
        try {
            Path p = dir.resolve(name);
            Files.createDirectories(p.getParent());
            Files.writeString(p, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The manifest, after {@code format} and {@code title}. */
    public TestBundle manifest(String body) {
        return text("incident.yaml", "format: mlwb-incident/1\ntitle: test bundle\n" + body);
    }

    public IncidentData load() throws BundleException, SQLException {
        IncidentData data = IncidentLoader.load(BundleOpener.open(dir), Progress.NONE, Cancellation.none());
        assertThat(data.issues().stream().filter(LoadIssue::isError).toList()).as("load errors").isEmpty();
        return data;
    }

    /** Runs a check with its defaults (and these overrides); it must not be skipped. */
    public CheckResult run(Check check, Map<String, Double> overrides) throws BundleException, SQLException {
        try (IncidentData data = load()) {
            assertThat(check.skipReason(data)).as("skip reason").isEmpty();
            Thresholds t = Thresholds.resolve(check, data.manifest());
            for (Map.Entry<String, Double> e : overrides.entrySet()) {
                t = t.with(e.getKey(), e.getValue());
            }
            return check.run(new CheckContext(data, t, Cancellation.none()));
        }
    }

    public CheckResult run(Check check) throws BundleException, SQLException {
        return run(check, Map.of());
    }

    /** The only finding of a result that is about a subject. */
    public static Finding findingAbout(CheckResult r, String subject) {
        List<Finding> about = r.findings().stream()
                .filter(f -> f.subjects().stream().anyMatch(s -> s.toString().equals(subject))).toList();
        assertThat(about).as("findings about " + subject).hasSize(1);
        return about.get(0);
    }
}
