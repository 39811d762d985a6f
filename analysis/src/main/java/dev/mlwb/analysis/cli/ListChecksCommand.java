package dev.mlwb.analysis.cli;

import dev.mlwb.analysis.check.Check;
import dev.mlwb.analysis.check.ThresholdSpec;
import dev.mlwb.analysis.checks.CheckCatalog;
import dev.mlwb.analysis.format.Fmt;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code mlwb checks}: every check id with what it finds and its thresholds (manifest keys and defaults). */
@Command(name = "checks", mixinStandardHelpOptions = true,
        description = "List the checks, what they find, and their thresholds (override them in the manifest).")
final class ListChecksCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (Check c : CheckCatalog.all()) {
            out.println(c.id());
            out.println("    " + c.description());
            for (ThresholdSpec t : c.thresholds()) {
                out.printf("    thresholds.%s.%s = %s   %s%n", c.id(), t.key(), Fmt.num(t.defaultValue(), 6), t.description());
            }
        }
        out.flush();
        return 0;
    }
}
