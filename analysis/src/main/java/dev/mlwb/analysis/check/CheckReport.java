package dev.mlwb.analysis.check;

import dev.mlwb.analysis.data.LoadIssue;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of checking one incident: every check's run, every finding (most severe first), and
 * the problems met while loading.
 *
 * @param bundle what was opened, as the user named it
 */
public record CheckReport(String bundle, String title, String description, List<CheckRun> checks,
                          List<Finding> findings, List<LoadIssue> loadIssues) {

    public static final String FORMAT = "mlwb-findings/1";

    public CheckReport {
        checks = List.copyOf(checks);
        findings = List.copyOf(findings);
        loadIssues = List.copyOf(loadIssues);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** The most severe finding's severity, if there is any finding. */
    public Optional<Severity> highest() {
        return findings.stream().map(Finding::severity).reduce(Severity::max);
    }

    public List<CheckRun> checks(CheckRun.Status status) {
        return checks.stream().filter(c -> c.status() == status).toList();
    }

    public Optional<CheckRun> check(String id) {
        return checks.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public List<Finding> findings(String checkId) {
        return findings.stream().filter(f -> f.check().equals(checkId)).toList();
    }

    public boolean hasLoadErrors() {
        return loadIssues.stream().anyMatch(LoadIssue::isError);
    }
}
