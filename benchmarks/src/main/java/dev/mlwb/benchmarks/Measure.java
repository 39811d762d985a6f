package dev.mlwb.benchmarks;

import dev.mlwb.analysis.run.Progress;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** What the benchmarks measure besides wall time: process CPU per phase, peak resident set, load average. */
public final class Measure {
    private Measure() {
    }

    /** Resets the kernel's peak-RSS mark of this process (Linux), so {@code VmHWM} covers what follows. */
    public static void resetPeakRss() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        } catch (IOException | RuntimeException e) {
            print("(cannot reset the peak RSS: %s; it then covers everything before too)", e.getMessage());
        }
    }

    /** A line of {@code /proc/self/status} in MB, e.g. {@code VmHWM}. */
    public static String rss(String key) {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith(key + ":"))
                    .map(l -> String.format(Locale.ROOT, "%,d MB", Long.parseLong(l.replaceAll("[^0-9]", "")) >> 10))
                    .findFirst().orElse("n/a");
        } catch (IOException e) {
            return "n/a";
        }
    }

    public static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + ", " + f[1] + ", " + f[2];
        } catch (IOException e) {
            return "n/a";
        }
    }

    public static void print(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }

    /**
     * The process's CPU time (all threads, DuckDB's included) spent loading and in each check, told apart
     * by the suite's progress messages ("Checking ID (i of n)"). On a shared machine it varies less than wall time.
     */
    public static final class CpuClock implements Progress {
        private final long start = cpuNanos();
        private final Map<String, Long> millis = new HashMap<>();
        private String current = "load";
        private long since = start;

        @Override
        public synchronized void update(double fraction, String message) {
            String next = message.startsWith("Checking ") ? message.substring("Checking ".length()).split(" ")[0]
                    : message.endsWith(" findings") ? "end" : current;
            if (!next.equals(current)) {
                long now = cpuNanos();
                millis.merge(current, (now - since) / 1_000_000, Long::sum);
                current = next;
                since = now;
            }
        }

        public synchronized long millis(String phase) {
            return millis.getOrDefault(phase, 0L);
        }

        public long total() {
            return (cpuNanos() - start) / 1_000_000;
        }

        public static long cpuNanos() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
        }
    }
}
