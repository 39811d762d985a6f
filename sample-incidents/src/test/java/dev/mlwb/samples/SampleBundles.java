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
import java.nio.file.Path;
import java.util.List;

/** The committed sample bundles (folder from the {@code mlwb.samples.dir} system property), analysed. */
final class SampleBundles {
    private SampleBundles() {
    }

    static Path root() {
        return Samples.dir();
    }

    /** The report of every check on a committed sample; no load errors, no failed check. */
    static CheckReport check(String name) throws Exception {
        try (Analysis.Result r = Analysis.run(root().resolve(name), CheckCatalog.standardSuite(), Progress.NONE,
                Cancellation.none())) {
            CheckReport report = r.report();
            assertThat(report.loadIssues()).as("load issues of " + name).isEmpty();
            assertThat(report.checks(CheckRun.Status.FAILED)).as("failed checks of " + name).isEmpty();
            return report;
        }
    }

    /** The one finding of a check whose title starts with {@code title}. */
    static Finding finding(CheckReport report, String check, String title) {
        List<Finding> f = report.findings(check).stream().filter(x -> x.title().startsWith(title)).toList();
        assertThat(f).as("findings of " + check + " titled \"" + title + "...\"; all findings: "
                + report.findings().stream().map(Finding::title).toList()).hasSize(1);
        return f.get(0);
    }

    static List<Finding> at(CheckReport report, Severity severity) {
        return report.findings().stream().filter(f -> f.severity() == severity).toList();
    }
}
