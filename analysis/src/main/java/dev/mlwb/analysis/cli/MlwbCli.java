package dev.mlwb.analysis.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.Properties;
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

    /** The one line a command prints when the embedded database fails; the exit code that goes with it. */
    static int databaseFailed(java.io.PrintWriter err, java.sql.SQLException e) {
        err.println("mlwb: the embedded database failed: " + oneLine(e));
        return UNUSABLE;
    }

    static String oneLine(Throwable e) {
        return dev.mlwb.analysis.format.Fmt.firstLine(e, e.getClass().getSimpleName());
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

    /**
     * The Maven project's version, from {@code mlwb-version.properties} (filtered by Maven, so it is
     * the same in {@code mlwb.jar}, the app's class path and the installed packages); the jar
     * manifest's Implementation-Version if that file is missing.
     */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"mlwb " + version().orElse("(development build)")};
        }

        static Optional<String> version() {
            Properties p = new Properties();
            try (InputStream in = MlwbCli.class.getResourceAsStream("mlwb-version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            } catch (IOException e) {
                // unreadable: fall back to the manifest
            }
            String v = p.getProperty("version", "");
            if (v.isBlank() || v.startsWith("${")) {
                v = MlwbCli.class.getPackage().getImplementationVersion();
            }
            return Optional.ofNullable(v).filter(s -> !s.isBlank());
        }
    }
}
