package dev.mlwb.analysis.cli;

import dev.mlwb.analysis.bundle.BundleException;
import dev.mlwb.analysis.bundle.Durations;
import dev.mlwb.analysis.check.CheckReport;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.checks.CheckCatalog;
import dev.mlwb.analysis.data.LoadIssue;
import dev.mlwb.analysis.format.Fmt;
import dev.mlwb.analysis.live.FindingChanges;
import dev.mlwb.analysis.live.LiveMonitor;
import dev.mlwb.analysis.run.Analysis;
import dev.mlwb.analysis.run.Cancellation;
import dev.mlwb.analysis.run.Progress;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mlwb watch BUNDLE}: checks the bundle, then again whenever its files change (once they
 * have settled) or its live sources are due, and prints the findings that appear, clear or change
 * severity. A run that cannot load a source keeps the last good findings and says why. Ctrl+C stops.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Check a bundle again whenever its files change or its live sources (Prometheus, MLflow) are due, "
                + "and print the findings as they appear and clear. Ctrl+C stops.",
        footer = {"", "Exit codes: 0 stopped; 2 the bundle or the arguments cannot be used at the start."})
final class WatchCommand implements Callable<Integer> {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BUNDLE", description = "Bundle folder, its incident.yaml/json, or a .zip.")
    private Path bundle;

    @Option(names = "--interval", defaultValue = "1s", paramLabel = "DURATION",
            description = "How often to look at the bundle's files (default: ${DEFAULT-VALUE}).")
    private String interval;

    @Option(names = "--live-interval", paramLabel = "DURATION",
            description = "How often to ask live sources again (default: each source's refresh, 15 s for Prometheus).")
    private String liveInterval;

    @Option(names = {"-v", "--verbose"}, description = "Log what happens (to stderr), with stack traces.")
    private boolean verbose;

    private PrintWriter out;

    @Override
    public Integer call() {
        out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Duration poll = duration("--interval", interval);
        Optional<Duration> live = Optional.ofNullable(liveInterval).map(v -> duration("--live-interval", v));
        CheckReport current;
        try {
            current = check();
        } catch (BundleException e) {
            err.println("mlwb: " + e.getMessage());
            return MlwbCli.UNUSABLE;
        } catch (SQLException e) {
            return MlwbCli.databaseFailed(err, e);
        }
        BlockingQueue<LiveMonitor.Change> changes = new LinkedBlockingQueue<>();
        try (LiveMonitor monitor = new LiveMonitor(bundle, poll, live, changes::offer).start()) {
            say("watching " + bundle + ": files every " + every(poll) + monitor.liveRefresh()
                    .map(d -> ", live sources every " + every(d)).orElse("") + "; Ctrl+C stops");
            say(counts(current));
            current.findings().forEach(f -> say("+ " + line(f)));
            current.loadIssues().stream().filter(LoadIssue::isError).forEach(i -> say("! " + i.message()));
            while (!Thread.currentThread().isInterrupted()) {
                LiveMonitor.Change change = changes.take();
                changes.clear();
                current = recheck(current, change);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        say("stopped");
        return 0;
    }

    private CheckReport recheck(CheckReport before, LiveMonitor.Change change) {
        long start = System.nanoTime();
        CheckReport after;
        try {
            after = check();
        } catch (BundleException | SQLException e) {
            say(change.reason() + "; cannot check: " + MlwbCli.oneLine(e) + " (keeping the last findings)");
            return before;
        }
        List<LoadIssue> broken = after.loadIssues().stream().filter(LoadIssue::isError)
                .filter(i -> !before.loadIssues().contains(i)).toList();
        if (!broken.isEmpty()) {
            say(change.reason() + "; a source no longer loads (keeping the last findings):");
            broken.forEach(i -> say("! " + i.message()));
            return before;
        }
        FindingChanges diff = FindingChanges.between(before, after);
        say(change.reason() + ": " + diff.summary() + " (checked in " + Fmt.num((System.nanoTime() - start) / 1e9, 1) + " s)");
        diff.added().forEach(f -> say("+ " + line(f)));
        diff.changed().forEach(f -> say("~ " + line(f)));
        diff.cleared().forEach(f -> say("- cleared " + line(f)));
        return after;
    }

    private CheckReport check() throws BundleException, SQLException {
        try (Analysis.Result r = Analysis.run(bundle, CheckCatalog.standardSuite(), Progress.NONE, Cancellation.none())) {
            return r.report();
        }
    }

    private static String every(Duration d) {
        return d.toMillis() < 1000 ? d.toMillis() + " ms" : Fmt.duration(d);
    }

    private static String counts(CheckReport r) {
        return r.findings().size() + " findings (" + r.count(Severity.CRITICAL) + " critical, " + r.count(Severity.WARNING)
                + " warning, " + r.count(Severity.INFO) + " info)";
    }

    private static String line(Finding f) {
        return String.format(Locale.ROOT, "%-8s %s  [%s]", f.severity().name(), f.title(), f.check());
    }

    private void say(String text) {
        out.println("[" + CLOCK.format(Instant.now()) + "] " + text);
        out.flush();
    }

    private Duration duration(String option, String text) {
        return Durations.parse(text).filter(d -> d.toMillis() >= 50).orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(), option + ": '" + text + "' is not a duration of at least 50 ms (write e.g. 500ms, 2s, 1m)"));
    }
}
