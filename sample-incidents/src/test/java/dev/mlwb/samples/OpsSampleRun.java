package dev.mlwb.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.analysis.check.CheckReport;
import dev.mlwb.analysis.check.CheckRun;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.checks.CheckCatalog;
import dev.mlwb.analysis.run.Analysis;
import dev.mlwb.analysis.run.Cancellation;
import dev.mlwb.analysis.run.Progress;
import dev.mlwb.analysis.timeline.IncidentTimeline;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Runs the standard suite on a committed sample bundle, as {@code mlwb check} does. */
final class OpsSampleRun {
    final CheckReport report;
    final IncidentTimeline timeline;

    private OpsSampleRun(CheckReport report, IncidentTimeline timeline) {
        this.report = report;
        this.timeline = timeline;
    }

    static Path dir(String sample) {
        return Path.of(System.getProperty("mlwb.samples.dir", ".")).resolve(sample);
    }

    static OpsSampleRun of(String sample) throws Exception {
        try (Analysis.Result r = Analysis.run(dir(sample), CheckCatalog.standardSuite(), Progress.NONE,
                Cancellation.none())) {
            OpsSampleRun run = new OpsSampleRun(r.report(), r.timeline());
            assertThat(run.report.loadIssues()).as("load issues of " + sample).isEmpty();
            assertThat(run.report.checks(CheckRun.Status.FAILED)).as("failed checks of " + sample).isEmpty();
            return run;
        }
    }

    List<Finding> findings(String check) {
        return report.findings(check);
    }

    List<Finding> findings(String check, Severity severity) {
        return report.findings(check).stream().filter(f -> f.severity() == severity).toList();
    }

    /** The ids of the checks that raised a critical finding. */
    Set<String> criticalChecks() {
        return report.findings().stream().filter(f -> f.severity() == Severity.CRITICAL).map(Finding::check)
                .collect(Collectors.toSet());
    }

    CheckRun.Status status(String check) {
        return report.check(check).orElseThrow().status();
    }
}
