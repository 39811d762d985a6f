package dev.mlwb.analysis.checks;

import dev.mlwb.analysis.bundle.BundleException;
import dev.mlwb.analysis.bundle.BundleOpener;
import dev.mlwb.analysis.check.Check;
import dev.mlwb.analysis.check.CheckContext;
import dev.mlwb.analysis.check.CheckReport;
import dev.mlwb.analysis.check.CheckResult;
import dev.mlwb.analysis.check.CheckSuite;
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
import java.util.ArrayList;
import java.util.List;

/**
 * A small bundle written into a test's temporary folder: a manifest (with {@code format} and
 * {@code title} filled in) and data files, loaded into DuckDB on demand. Closes what it loaded.
 */
public final class OpsBundle implements AutoCloseable {
    private final Path dir;
    private final List<IncidentData> opened = new ArrayList<>();

    private OpsBundle(Path dir) {
        this.dir = dir;
    }

    public static OpsBundle in(Path dir) {
        return new OpsBundle(dir);
    }

    /** Writes {@code incident.yaml}: the format and title lines, then {@code body} (YAML). */
    public OpsBundle manifest(String body) {
        return file("incident.yaml", "format: mlwb-incident/1\ntitle: test incident\n" + body);
    }

    public OpsBundle file(String relative, String content) {
        try {
            Path p = dir.resolve(relative);
            Files.createDirectories(p.getParent());
            Files.writeString(p, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public OpsBundle lines(String relative, List<String> lines) {
        return file(relative, String.join("\n", lines) + "\n");
    }

    public Path dir() {
        return dir;
    }

    /** Opens and loads the bundle (closed with this fixture). */
    public IncidentData load() throws BundleException, SQLException {
        IncidentData data = IncidentLoader.load(BundleOpener.open(dir), Progress.NONE, Cancellation.none());
        opened.add(data);
        return data;
    }

    /** Runs one check with its default thresholds. */
    public CheckResult run(Check check) throws BundleException, SQLException {
        return run(check, Thresholds.defaults(check));
    }

    public CheckResult run(Check check, Thresholds thresholds) throws BundleException, SQLException {
        IncidentData data = load();
        if (check.skipReason(data).isPresent()) {
            throw new AssertionError(check.id() + " skipped: " + check.skipReason(data).get());
        }
        return check.run(new CheckContext(data, thresholds, Cancellation.none()));
    }

    /** Runs these checks as a suite (skips, failures and load issues recorded as in the CLI). */
    public CheckReport suite(Check... checks) throws BundleException, SQLException {
        return new CheckSuite(List.of(checks)).run(load(), Progress.NONE, Cancellation.none());
    }

    @Override
    public void close() {
        opened.forEach(IncidentData::close);
    }
}
