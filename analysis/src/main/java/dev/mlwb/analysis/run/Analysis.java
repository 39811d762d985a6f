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
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one path from a bundle on disk to a report, shared by the CLI and the app: open (folder,
 * manifest or zip), load into DuckDB, run the suite. The caller owns the returned data and closes it.
 * A {@link Listener} sees the incident as soon as it is loaded and the report after every check.
 */
public final class Analysis {
    private static final Logger LOG = LoggerFactory.getLogger(Analysis.class);

    private Analysis() {
    }

    /**
     * An analysed incident: the loaded data (still open, for drill-down queries), the report, and the
     * incident timeline when its events could be read.
     */
    public record Result(IncidentData data, CheckReport report, Optional<IncidentTimeline> events)
            implements AutoCloseable {
        public Result(IncidentData data, CheckReport report) {
            this(data, report, Optional.empty());
        }

        /**
         * Every event and every finding's windows on one time axis (read while analysing; queried
         * again only if that failed).
         *
         * @throws SQLException if the events cannot be read
         */
        public IncidentTimeline timeline() throws SQLException {
            return events.isPresent() ? events.get().withFindings(report.findings()) : IncidentTimeline.of(data, report);
        }

        @Override
        public void close() {
            data.close();
        }
    }

    /**
     * The analysis so far: the report of the checks done (none right after loading), and the timeline
     * with those checks' findings.
     */
    public record Snapshot(CheckReport report, Optional<IncidentTimeline> timeline, int checksDone, int checksTotal) {
        /** Whether every check is done. */
        public boolean complete() {
            return checksDone == checksTotal;
        }
    }

    /** Receives snapshots of a running analysis, on the analysis thread; must return quickly. */
    @FunctionalInterface
    public interface Listener {
        Listener NONE = snapshot -> { };

        void update(Snapshot snapshot);
    }

    /** {@link #run(Path, CheckSuite, Progress, Cancellation, Listener)} without a listener. */
    public static Result run(Path bundlePath, CheckSuite suite, Progress progress, Cancellation cancel)
            throws BundleException, SQLException {
        return run(bundlePath, suite, progress, cancel, Listener.NONE);
    }

    /**
     * Opens, loads and checks a bundle. Loading takes the first 40% of the progress, checks the rest.
     * The listener gets a snapshot once the sources are loaded and the events read, then one after each check.
     *
     * @throws BundleException if the bundle or its manifest cannot be used at all
     * @throws SQLException if DuckDB cannot start
     * @throws java.util.concurrent.CancellationException if cancelled
     */
    public static Result run(Path bundlePath, CheckSuite suite, Progress progress, Cancellation cancel,
                             Listener listener) throws BundleException, SQLException {
        progress.update(0, "Opening " + bundlePath.getFileName());
        Bundle bundle = BundleOpener.open(bundlePath);
        IncidentData data;
        try {
            data = IncidentLoader.load(bundle, progress.range(0.02, 0.38), cancel);
        } catch (SQLException | RuntimeException e) {
            bundle.close();
            throw e;
        }
        try {
            progress.update(0.39, "Reading the events");
            Optional<IncidentTimeline> events = events(data);
            int total = suite.checks().size();
            listener.update(new Snapshot(new CheckReport(data.bundle().opened().toString(), data.manifest().title(),
                    data.manifest().description(), List.of(), List.of(), data.issues()), events, 0, total));
            CheckReport report = suite.run(data, progress.range(0.4, 1.0), cancel, partial -> listener.update(
                    new Snapshot(partial, events.map(t -> t.withFindings(partial.findings())),
                            partial.checks().size(), total)));
            return new Result(data, report, events);
        } catch (RuntimeException e) {
            data.close();
            throw e;
        }
    }

    /** The incident's events on a time axis (no findings yet), or empty if they cannot be read. */
    private static Optional<IncidentTimeline> events(IncidentData data) {
        try {
            return Optional.of(IncidentTimeline.of(data, List.of()));
        } catch (SQLException e) {
            LOG.warn("the incident timeline could not be read: {}", e.getMessage());
            return Optional.empty();
        }
    }
}
