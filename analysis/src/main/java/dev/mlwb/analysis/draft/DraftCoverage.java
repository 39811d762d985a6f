package dev.mlwb.analysis.draft;

import dev.mlwb.analysis.bundle.Bundle;
import dev.mlwb.analysis.bundle.SourceSpec;
import dev.mlwb.analysis.check.Check;
import dev.mlwb.analysis.checks.CheckCatalog;
import dev.mlwb.analysis.data.IncidentData;
import dev.mlwb.analysis.data.IncidentLoader;
import dev.mlwb.analysis.data.LoadIssue;
import dev.mlwb.analysis.run.Cancellation;
import dev.mlwb.analysis.run.Progress;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which checks a bundle's manifest lets run: the bundle is loaded as {@code mlwb check} would load
 * it, and every check of the catalogue is asked its {@code skipReason}; for a check that runs, each
 * source is left out in turn to find the sources it needs.
 *
 * @param checks every check, in catalogue order
 * @param issues problems met while loading (a source that does not load enables nothing)
 */
public record DraftCoverage(List<CheckCoverage> checks, List<LoadIssue> issues) {
    public DraftCoverage {
        checks = List.copyOf(checks);
        issues = List.copyOf(issues);
    }

    /** Loads the bundle (which it then closes) and asks every check. */
    public static DraftCoverage of(Bundle bundle, Cancellation cancel) throws SQLException {
        try (IncidentData data = IncidentLoader.load(bundle, Progress.NONE, cancel)) {
            List<SourceSpec> sources = data.manifest().sources();
            List<CheckCoverage> out = new ArrayList<>();
            for (Check check : CheckCatalog.all()) {
                cancel.throwIfCancelled();
                Optional<String> reason = skip(check, data);
                List<String> needed = new ArrayList<>();
                if (reason.isEmpty()) {
                    for (SourceSpec s : sources) {
                        try (IncidentData without = data.without(Set.of(s.index()))) {
                            if (skip(check, without).isPresent()) {
                                needed.add(s.name());
                            }
                        }
                    }
                }
                out.add(new CheckCoverage(check.id(), check.description(), reason, needed));
            }
            return new DraftCoverage(out, data.issues());
        }
    }

    private static Optional<String> skip(Check check, IncidentData data) {
        try {
            return check.skipReason(data);
        } catch (RuntimeException e) {
            return Optional.of("cannot tell: " + e.getMessage());
        }
    }

    public List<CheckCoverage> enabled() {
        return checks.stream().filter(CheckCoverage::enabled).toList();
    }

    public List<CheckCoverage> skipped() {
        return checks.stream().filter(c -> !c.enabled()).toList();
    }

    /** The checks a source is needed for. */
    public List<String> enabledBy(String sourceName) {
        return checks.stream().filter(c -> c.sources().contains(sourceName)).map(CheckCoverage::id).toList();
    }
}
