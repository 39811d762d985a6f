package dev.mlwb.analysis.cli;

import dev.mlwb.analysis.run.Progress;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A one-line progress bar on stderr, redrawn in place at most ten times a second and erased when the
 * work is done; used only when stderr is a terminal, so logs and CI output stay clean.
 */
final class TerminalProgress implements Progress, AutoCloseable {
    private static final int WIDTH = 24;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final long started = System.nanoTime();
    private long drawn = Long.MIN_VALUE;
    private int lastLength;

    TerminalProgress(PrintWriter err) {
        this.err = err;
    }

    /** Whether this process's stderr is a terminal (Linux: where fd 2 points; elsewhere: whether there is a console). */
    static boolean stderrIsTerminal() {
        Path fd = Path.of("/proc/self/fd/2");
        if (Files.exists(fd)) {
            try {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        return System.console() != null;
    }

    @Override
    public synchronized void update(double fraction, String message) {
        long now = System.nanoTime();
        if (now - drawn < REDRAW_NANOS && fraction < 1) {
            return;
        }
        drawn = now;
        double f = Math.max(0, Math.min(1, fraction));
        int full = (int) Math.round(f * WIDTH);
        String line = String.format("[%s%s] %3d%% %5.1fs  %s", "#".repeat(full), "-".repeat(WIDTH - full),
                Math.round(f * 100), (now - started) / 1e9, message);
        String padded = line.length() < lastLength ? line + " ".repeat(lastLength - line.length()) : line;
        lastLength = line.length();
        err.print("\r" + padded);
        err.flush();
    }

    /** Erases the bar. */
    @Override
    public synchronized void close() {
        if (lastLength > 0) {
            err.print("\r" + " ".repeat(lastLength) + "\r");
            err.flush();
        }
    }
}
