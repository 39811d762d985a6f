package dev.mlwb.analysis.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** What one {@code mlwb} command line gave: its exit code, standard output and standard error. */
record CliRun(int code, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = MlwbCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
