package dev.mlwb.samples;

import dev.mlwb.analysis.check.CheckReport;
import dev.mlwb.analysis.checks.CheckCatalog;
import dev.mlwb.analysis.run.Analysis;
import dev.mlwb.analysis.run.Cancellation;
import dev.mlwb.analysis.run.Progress;
import java.nio.file.Path;

/** Runs every check on a committed sample bundle. */
final class Samples {
    private Samples() {
    }

    /** The folder holding the committed sample bundles (set by the pom; the module folder otherwise). */
    static Path dir() {
        return Path.of(System.getProperty("mlwb.samples.dir", "."));
    }

    static CheckReport check(String name) throws Exception {
        try (Analysis.Result r = Analysis.run(dir().resolve(name), CheckCatalog.standardSuite(), Progress.NONE,
                Cancellation.none())) {
            return r.report();
        }
    }
}
