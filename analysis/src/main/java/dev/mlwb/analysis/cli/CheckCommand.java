package dev.mlwb.analysis.cli;

import dev.mlwb.analysis.bundle.BundleException;
import dev.mlwb.analysis.check.CheckReport;
import dev.mlwb.analysis.check.CheckRun;
import dev.mlwb.analysis.check.CheckSuite;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.checks.CheckCatalog;
import dev.mlwb.analysis.data.LoadIssue;
import dev.mlwb.analysis.io.AtomicFiles;
import dev.mlwb.analysis.notes.FindingNotes;
import dev.mlwb.analysis.report.ReportFormat;
import dev.mlwb.analysis.report.ReviewContext;
import dev.mlwb.analysis.run.Analysis;
import dev.mlwb.analysis.run.Cancellation;
import dev.mlwb.analysis.run.Progress;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mlwb check BUNDLE}: loads a bundle, runs the checks, writes the report, exits 0 / 1 / 2. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check an incident bundle (a folder, its manifest, or a .zip) and report the findings.",
        footer = {"", "Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it; "
                + "2 the bundle or the arguments cannot be used."})
final class CheckCommand implements Callable<Integer> {
    /** What fails the run: findings at or above a severity, or nothing. */
    enum FailOn { critical, warning, never }

    /** When to colour text output, or show progress. */
    enum When { auto, always, never }

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BUNDLE", description = "Bundle folder, its incident.yaml/json, or a .zip.")
    private Path bundle;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text, json, markdown or html (default: ${DEFAULT-VALUE}).")
    private String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report here (atomically) instead of stdout.")
    private Path output;

    @Option(names = "--fail-on", defaultValue = "critical", paramLabel = "LEVEL",
            description = "critical, warning or never (default: ${DEFAULT-VALUE}).")
    private FailOn failOn;

    @Option(names = "--checks", split = ",", paramLabel = "ID", description = "Run only these check ids.")
    private List<String> only = new ArrayList<>();

    @Option(names = "--allow-partial", description = "Report on the sources that load even when others fail, "
            + "and on the checks that ran even when others failed (exit code then follows the findings).")
    private boolean allowPartial;

    @Option(names = "--color", defaultValue = "auto", paramLabel = "WHEN", description = "auto, always or never.")
    private When color;

    @Option(names = "--progress", defaultValue = "auto", paramLabel = "WHEN",
            description = "Show a progress bar on stderr: auto (when stderr is a terminal), always or never.")
    private When progress;

    @Option(names = {"-v", "--verbose"}, description = "Log what happens (to stderr), with stack traces.")
    private boolean verbose;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        ReportFormat fmt = parseFormat();
        CheckSuite suite = suite();
        Analysis.Result result;
        try (TerminalProgress bar = new TerminalProgress(err)) {
            result = Analysis.run(bundle, suite, showProgress() ? bar : Progress.NONE, Cancellation.none());
        } catch (BundleException e) {
            err.println("mlwb: " + e.getMessage());
            return MlwbCli.UNUSABLE;
        } catch (SQLException e) {
            return MlwbCli.databaseFailed(err, e);
        }
        try (result) {
            CheckReport report = result.report();
            List<String> problems = problems(report);
            if (!problems.isEmpty() && !allowPartial) {
                problems.forEach(p -> err.println("mlwb: " + p));
                if (problems.size() > 1) {
                    err.println("mlwb: " + problems.size() + " problems; --allow-partial reports on what loads");
                }
                return MlwbCli.UNUSABLE;
            }
            problems.forEach(p -> err.println("mlwb: warning: " + p));
            ReviewContext context = ReviewContext.build(result.data(), report, FindingNotes.NONE);
            String text = fmt.render(report, useColor(fmt), context);
            if (output != null) {
                AtomicFiles.write(output, text);
            } else {
                spec.commandLine().getOut().print(text);
                spec.commandLine().getOut().flush();
            }
            return exitCode(report);
        } catch (SQLException e) {
            return MlwbCli.databaseFailed(err, e);
        }
    }

    private boolean showProgress() {
        return progress == When.always || progress == When.auto && TerminalProgress.stderrIsTerminal();
    }

    private ReportFormat parseFormat() {
        try {
            return ReportFormat.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--format: unknown format '" + format + "'; use text, json, markdown or html");
        }
    }

    private CheckSuite suite() {
        CheckSuite all = CheckCatalog.standardSuite();
        for (String id : only) {
            if (all.check(id).isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--checks: no check has the id '" + id
                        + "'; run 'mlwb checks' for the list");
            }
        }
        return only.isEmpty() ? all : all.only(only);
    }

    /** Load errors and failed checks, one line each. */
    private static List<String> problems(CheckReport report) {
        List<String> out = new ArrayList<>();
        report.loadIssues().stream().filter(LoadIssue::isError).forEach(i -> out.add(i.message()));
        report.checks(CheckRun.Status.FAILED).forEach(c -> out.add("check " + c.id() + " failed: "
                + c.reason().orElse("unknown error")));
        return out;
    }

    private int exitCode(CheckReport report) {
        if (failOn == FailOn.never) {
            return 0;
        }
        Severity limit = failOn == FailOn.warning ? Severity.WARNING : Severity.CRITICAL;
        return report.findings().stream().anyMatch(f -> f.severity().atLeast(limit)) ? 1 : 0;
    }

    private boolean useColor(ReportFormat fmt) {
        if (fmt != ReportFormat.TEXT || output != null || color == When.never) {
            return false;
        }
        return color == When.always || System.console() != null && System.getenv("NO_COLOR") == null;
    }
}
