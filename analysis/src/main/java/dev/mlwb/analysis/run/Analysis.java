package dev.mlwb.analysis.run;

import dev.mlwb.analysis.bundle.Bundle;
import dev.mlwb.analysis.bundle.BundleException;
import dev.mlwb.analysis.bundle.BundleOpener;
import dev.mlwb.analysis.check.CheckReport;
import dev.mlwb.analysis.check.CheckSuite;
import dev.mlwb.analysis.data.IncidentData;
import dev.mlwb.analysis.data.IncidentLoader;
import dev.mlwb.analysis.timeline.IncidentTimeline;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * The one path from a bundle on disk to a report, shared by the CLI and the app: open (folder,
 * manifest or zip), load into DuckDB, run the suite. The caller owns the returned data and closes it.
 */
public final class Analysis {
    private Analysis() {
    }

    /** An analysed incident: the loaded data (still open, for drill-down queries) and the report. */
    public record Result(IncidentData data, CheckReport report) implements AutoCloseable {
        /**
         * Every event and every finding's windows on one time axis (a few queries; compute once and keep).
         *
         * @throws SQLException if the events cannot be read
         */
        public IncidentTimeline timeline() throws SQLException {
            return IncidentTimeline.of(data, report);
        }

        @Override
        public void close() {
            data.close();
        }
    }

    /**
     * Opens, loads and checks a bundle. Loading takes the first 40% of the progress, checks the rest.
     *
     * @throws BundleException if the bundle or its manifest cannot be used at all
     * @throws SQLException if DuckDB cannot start
     * @throws java.util.concurrent.CancellationException if cancelled
     */
    public static Result run(Path bundlePath, CheckSuite suite, Progress progress, Cancellation cancel)
            throws BundleException, SQLException {
        progress.update(0, "Opening " + bundlePath.getFileName());
        Bundle bundle = BundleOpener.open(bundlePath);
        IncidentData data;
        try {
            data = IncidentLoader.load(bundle, progress.range(0.02, 0.4), cancel);
        } catch (SQLException | RuntimeException e) {
            bundle.close();
            throw e;
        }
        try {
            CheckReport report = suite.run(data, progress.range(0.4, 1.0), cancel);
            return new Result(data, report);
        } catch (RuntimeException e) {
            data.close();
            throw e;
        }
    }
}
