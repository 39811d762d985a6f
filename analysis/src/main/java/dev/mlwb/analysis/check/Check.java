package dev.mlwb.analysis.check;

import dev.mlwb.analysis.bundle.BundleException;
import dev.mlwb.analysis.bundle.Role;
import dev.mlwb.analysis.data.IncidentData;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One check of the bundle spec, with one job. Settings come from {@link #thresholds()} (defaults,
 * overridable in the manifest); data from the {@link CheckContext}. Numbers come from the
 * statistics package; a check only turns them into findings.
 */
public interface Check {
    /** The stable id of the spec, e.g. {@code canary.traffic-mix}. */
    String id();

    /** What the check finds, in one line. */
    String description();

    /** The thresholds it reads, with defaults. */
    default List<ThresholdSpec> thresholds() {
        return List.of();
    }

    /**
     * The roles whose sources the check reads: the suite runs checks that read less data first, so
     * that cheap findings arrive while the expensive ones are still computed. Defaults to every role.
     */
    default Set<Role> reads() {
        return java.util.EnumSet.allOf(Role.class);
    }

    /**
     * How much data the check reads, so that the suite can run cheap checks first: by default the rows of every
     * source of the roles it {@link #reads()}.
     */
    default long cost(IncidentData data) {
        return data.tables().stream().filter(t -> reads().contains(t.role())).mapToLong(dev.mlwb.analysis.data.Table::rows)
                .sum();
    }

    /** Why the check cannot run on this incident (e.g. "no metrics source with an arm column"), if so. */
    Optional<String> skipReason(IncidentData data);

    /**
     * Runs the check.
     *
     * @throws BundleException when the check meets input it cannot use (a malformed document)
     */
    CheckResult run(CheckContext context) throws SQLException, BundleException;
}
