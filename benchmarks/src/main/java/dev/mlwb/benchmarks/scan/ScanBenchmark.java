package dev.mlwb.benchmarks.scan;

import dev.mlwb.analysis.check.CheckReport;
import dev.mlwb.analysis.check.CheckRun;
import dev.mlwb.analysis.checks.CheckCatalog;
import dev.mlwb.analysis.data.Database;
import dev.mlwb.analysis.data.Sql;
import dev.mlwb.analysis.run.Analysis;
import dev.mlwb.analysis.run.Cancellation;
import dev.mlwb.benchmarks.Measure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The full check suite against DuckDB's single scan of the same columns, in one process run: the
 * scan reads every column of every features file of the bundle computing min, max and count distinct
 * (timed twice: the first run warms the file cache for both), then {@code Analysis.run} opens, loads
 * and checks the bundle with every check. Prints both times, their ratio, the process CPU time per
 * check and the peak resident set of the suite.
 *
 * <p>Run: {@code java -Xmx1g -cp analysis/target/mlwb.jar:benchmarks/target/classes
 * dev.mlwb.benchmarks.scan.ScanBenchmark DIR} on a bundle written by {@link WideData}.
 */
public final class ScanBenchmark {
    private ScanBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().matches("(training|serving)\\.(parquet|csv)")).sorted().toList();
        }
        scan(files);
        long scanCpu = Measure.CpuClock.cpuNanos();
        long scanNanos = scan(files);
        scanCpu = Measure.CpuClock.cpuNanos() - scanCpu;
        Measure.resetPeakRss();
        Measure.CpuClock cpu = new Measure.CpuClock();
        long t = System.nanoTime();
        try (Analysis.Result r = Analysis.run(dir, CheckCatalog.standardSuite(), cpu, Cancellation.none())) {
            long suiteNanos = System.nanoTime() - t;
            CheckReport report = r.report();
            Measure.print("  %-26s %-8s %9s %12s", "check", "status", "wall", "process CPU");
            Measure.print("  %-26s %-8s %9s %,9d ms", "(open + load)", "", "", cpu.millis("load"));
            for (CheckRun c : report.checks()) {
                if (c.status() != CheckRun.Status.SKIPPED) {
                    Measure.print("  %-26s %-8s %,6d ms %,9d ms%s", c.id(), c.status().key(), c.millis(),
                            cpu.millis(c.id()), c.reason().map(s -> "  " + s).orElse(""));
                }
            }
            Map<String, Long> bySeverity = new java.util.TreeMap<>();
            report.findings().forEach(f -> bySeverity.merge(f.severity().key(), 1L, Long::sum));
            Measure.print("findings: %s", bySeverity);
            Measure.print("suite (open + load + %d checks): %.2f s wall, %,d ms process CPU", report.checks().size(),
                    suiteNanos / 1e9, cpu.total());
            Measure.print("single scan (min, max, count distinct of every column of %d files): %.2f s wall, %,d ms "
                    + "process CPU", files.size(), scanNanos / 1e9, scanCpu / 1_000_000);
            Measure.print("ratio suite / scan: %.2f wall, %.2f process CPU", (double) suiteNanos / scanNanos,
                    (double) cpu.total() * 1_000_000 / scanCpu);
        }
        Measure.print("peak RSS of the suite: %s; load average at the end: %s", Measure.rss("VmHWM"),
                Measure.loadAverage());
    }

    /**
     * min, max and count(DISTINCT) of every column of every file; returns its nanoseconds. A file's columns are read
     * in groups of 64 (one statement each), as the profiles read them: with every column of a 500-column file in
     * one statement DuckDB needs more than its 1 GB (a row group of 500 columns of doubles is ~500 MB per thread).
     */
    static long scan(List<Path> files) throws Exception {
        try (Database db = Database.inMemory()) {
            long t = System.nanoTime();
            for (Path f : files) {
                String rel = (f.toString().endsWith(".csv") ? "read_csv(" : "read_parquet(") + Sql.string(f.toString()) + ")";
                List<String> columns = new ArrayList<>(db.describe(rel).keySet());
                for (int i = 0; i < columns.size(); i += 64) {
                    List<String> aggs = new ArrayList<>();
                    columns.subList(i, Math.min(columns.size(), i + 64)).forEach(c -> aggs.add("min(" + Sql.ident(c)
                            + "), max(" + Sql.ident(c) + "), count(DISTINCT " + Sql.ident(c) + ")"));
                    db.query("SELECT " + String.join(", ", aggs) + " FROM " + rel);
                }
            }
            return System.nanoTime() - t;
        }
    }

    static String locale(String f, Object... a) {
        return String.format(Locale.ROOT, f, a);
    }
}
