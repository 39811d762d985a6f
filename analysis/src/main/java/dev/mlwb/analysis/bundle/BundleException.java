package dev.mlwb.analysis.bundle;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Optional;

/**
 * A bundle that cannot be used as it is: names the file, where in it (a manifest key path such as
 * {@code sources[2].score}, or a line and column, or a row) and what is wrong, in one line.
 */
public class BundleException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final String location;
    private final String problem;

    public BundleException(String file, String location, String problem) {
        this(file, location, problem, null);
    }

    public BundleException(String file, String location, String problem, Throwable cause) {
        super(format(file, location, problem), cause);
        this.file = file;
        this.location = location == null ? "" : location;
        this.problem = problem;
    }

    /** A JSON syntax error with its line and column; {@code lineOffset} is added for a JSON line parsed alone. */
    public static BundleException jsonSyntax(String file, JsonProcessingException e,
                                             int lineOffset) {
        JsonLocation loc = e.getLocation();
        String where = loc == null || loc.getLineNr() < 0 ? ""
                : "line " + (loc.getLineNr() + lineOffset) + ", column " + loc.getColumnNr();
        String message = e.getOriginalMessage();
        int newline = message.indexOf('\n');
        if (newline > 0) {
            message = message.substring(0, newline);
        }
        return new BundleException(file, where, "not valid JSON: " + message.trim(), e);
    }

    /** The file the problem is in, relative to the bundle where possible. */
    public String file() {
        return file;
    }

    /** Where in the file: a manifest key path, {@code line L, column C}, a row; empty if the whole file. */
    public Optional<String> location() {
        return location.isEmpty() ? Optional.empty() : Optional.of(location);
    }

    /** What is wrong, in plain words. */
    public String problem() {
        return problem;
    }

    private static String format(String file, String location, String problem) {
        StringBuilder b = new StringBuilder(file == null ? "bundle" : file);
        if (location != null && !location.isEmpty()) {
            b.append(": ").append(location);
        }
        return b.append(": ").append(problem).toString();
    }
}
