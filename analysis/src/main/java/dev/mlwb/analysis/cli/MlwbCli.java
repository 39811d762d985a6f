package dev.mlwb.analysis.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code mlwb}: the workbench's checks without the GUI, so a deployment can be gated on exactly what
 * the analyst sees. Exit codes: 0 nothing at or above {@code --fail-on}; 1 findings at or above
 * it; 2 the bundle or the arguments cannot be used (stderr says which file, where, and what).
 */
@Command(name = "mlwb", mixinStandardHelpOptions = true, versionProvider = MlwbCli.Version.class,
        description = "ML Incident Workbench: find what broke in a production ML incident bundle.",
        subcommands = {CheckCommand.class, InitCommand.class, WatchCommand.class, ListChecksCommand.class, CommandLine.HelpCommand.class})
public final class MlwbCli implements Runnable {
    /** Exit code for a bundle or arguments that cannot be used. */
    public static final int UNUSABLE = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        configureLogging(args);
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the CLI with the given streams and returns the exit code (for tests and embedding). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new MlwbCli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("mlwb: " + oneLine(e));
            return UNUSABLE;
        });
        cli.setParameterExceptionHandler((e, a) -> {
            CommandLine c = e.getCommandLine();
            c.getErr().println("mlwb: " + e.getMessage());
            c.getErr().println("Try 'mlwb " + (c.getCommandName().equals("mlwb") ? "" : c.getCommandName() + " ")
                    + "--help' for usage.");
            return UNUSABLE;
        });
        return cli.execute(args);
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.strip().split("\\R")[0];
    }

    private static void configureLogging(String[] args) {
        boolean verbose = java.util.Arrays.asList(args).contains("--verbose") || java.util.Arrays.asList(args).contains("-v");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "debug" : "error");
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = MlwbCli.class.getPackage().getImplementationVersion();
            return new String[] {"mlwb " + (v == null ? "(development build)" : v)};
        }
    }
}
