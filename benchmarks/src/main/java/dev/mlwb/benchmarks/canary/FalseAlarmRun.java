package dev.mlwb.benchmarks.canary;

import dev.mlwb.analysis.check.CheckReport;
import dev.mlwb.analysis.check.CheckRun;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.checks.CheckCatalog;
import dev.mlwb.analysis.run.Analysis;
import dev.mlwb.analysis.run.Cancellation;
import dev.mlwb.analysis.run.Progress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Generates one canary (healthy, or with one fault), runs the full check suite on it ({@link Analysis} with
 * {@link CheckCatalog}) and records what it found.
 */
public final class FalseAlarmRun {
    /**
     * What the suite found on one bundle.
     *
     * @param criticalChecks the checks that raised a critical finding
     * @param warningChecks the checks that raised a warning (and no critical)
     * @param failedChecks the checks that failed with an error
     * @param expected the most severe finding of the check expected for the fault (empty when healthy or missed)
     */
    public record Outcome(long seed, Fault fault, boolean thin, double canaryRequestsPerMinute,
                          List<String> criticalChecks, List<String> warningChecks, List<String> failedChecks,
                          Optional<Severity> expected, long millis) {
        /** Whether the injected fault was found: a warning or a critical by the expected check. */
        public boolean found() {
            return expected.isPresent();
        }

        public boolean anyCritical() {
            return !criticalChecks.isEmpty();
        }
    }

    private FalseAlarmRun() {
    }

    /** Writes the bundle under {@code work}, analyses it, deletes it. */
    public static Outcome run(Path work, long seed, Fault fault) throws Exception {
        return run(work, seed, fault, 1);
    }

    /** The same with the fault's size scaled (1: the documented ranges). */
    public static Outcome run(Path work, long seed, Fault fault, double faultScale) throws Exception {
        Path dir = work.resolve("canary-" + seed + "-" + fault.name().toLowerCase(java.util.Locale.ROOT));
        long t = System.nanoTime();
        CanaryScenario s = CanaryBundle.write(dir, seed, fault, faultScale);
        try (Analysis.Result r = Analysis.run(dir, CheckCatalog.standardSuite(), Progress.NONE, Cancellation.none())) {
            CheckReport report = r.report();
            List<Finding> findings = report.findings();
            TreeSet<String> critical = new TreeSet<>();
            TreeSet<String> warning = new TreeSet<>();
            for (Finding f : findings) {
                (f.severity() == Severity.CRITICAL ? critical : f.severity() == Severity.WARNING ? warning
                        : new TreeSet<String>()).add(f.check());
            }
            warning.removeAll(critical);
            List<String> failed = report.checks().stream().filter(c -> c.status() == CheckRun.Status.FAILED)
                    .map(c -> c.id() + ": " + c.reason().orElse("")).toList();
            Optional<Severity> expected = fault == Fault.NONE ? Optional.empty() : findings.stream()
                    .filter(f -> f.check().equals(fault.expectedCheck()) && f.severity().atLeast(Severity.WARNING))
                    .map(Finding::severity).min(Comparator.naturalOrder());
            return new Outcome(seed, fault, s.thin(), s.requestsPerMinute() * s.canaryShare(), List.copyOf(critical),
                    List.copyOf(warning), failed, expected, (System.nanoTime() - t) / 1_000_000);
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
