package dev.mlwb.benchmarks;

import dev.mlwb.analysis.check.CheckReport;
import dev.mlwb.analysis.check.CheckRun;
import dev.mlwb.analysis.checks.CheckCatalog;
import dev.mlwb.analysis.data.Database;
import dev.mlwb.analysis.data.Row;
import dev.mlwb.analysis.data.Sql;
import dev.mlwb.analysis.run.Analysis;
import dev.mlwb.analysis.run.Cancellation;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Times the data and model checks of issue 3 on a generated pair of datasets (default 1,000,000
 * rows × 20 features, Parquet) and one plain DuckDB pass computing the same PSI histograms, and
 * prints wall times, the peak Java heap (sampled every 10 ms) and the process's peak resident set.
 *
 * <p>Run: {@code java -Xmx2g -cp analysis/target/mlwb.jar:benchmarks/target/classes
 * dev.mlwb.benchmarks.DataChecksBenchmark [ROWS] [DIR]}.
 */
public final class DataChecksBenchmark {
    static final List<String> CHECKS = List.of("model.segment-regression", "model.calibration",
            "model.offline-online-gap", "data.drift", "data.unseen-category", "data.imputation", "data.quality",
            "features.leakage", "features.skew");

    private DataChecksBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("mlwb-benchmark");
        long t = System.nanoTime();
        BenchmarkData.write(dir, rows);
        Measure.print("generated %,d rows × %d features per dataset in %s (%s)", rows, BenchmarkData.NUMERIC
                + BenchmarkData.CATEGORICAL, seconds(t), dir);
        baseline(dir);
        Measure.resetPeakRss();
        HeapSampler heap = HeapSampler.start();
        t = System.nanoTime();
        Measure.CpuClock cpu = new Measure.CpuClock();
        try (Analysis.Result r = Analysis.run(dir, CheckCatalog.standardSuite().only(CHECKS), cpu,
                Cancellation.none())) {
            String wall = seconds(t);
            heap.stop();
            CheckReport report = r.report();
            Measure.print("  %-26s %-8s %8s %11s", "check", "status", "wall", "process CPU");
            Measure.print("  %-26s %-8s %8s %,8d ms", "(open + load)", "", "", cpu.millis("load"));
            for (CheckRun c : report.checks()) {
                Measure.print("  %-26s %-8s %,5d ms %,8d ms%s", c.id(), c.status().key(), c.millis(), cpu.millis(c.id()),
                        c.reason().map(s -> "  " + s).orElse(""));
            }
            Measure.print("all %d checks (open + load + check): %s wall, %,d ms process CPU, %d findings",
                    report.checks().size(), wall, cpu.total(), report.findings().size());
        }
        Measure.print("load average (1, 5, 15 min) at the end: %s", Measure.loadAverage());
        Measure.print("peak Java heap used: %,d MB (max heap %,d MB); peak RSS of the process since the checks started: %s",
                heap.peak() >> 20, Runtime.getRuntime().maxMemory() >> 20, Measure.rss("VmHWM"));
    }

    /** One pass for the deciles of the training numeric features, one pass over both files for every histogram. */
    private static void baseline(Path dir) throws Exception {
        try (Database db = Database.inMemory()) {
            String train = "read_parquet(" + Sql.string(dir.resolve("training.parquet").toString()) + ")";
            String serve = "read_parquet(" + Sql.string(dir.resolve("serving.parquet").toString()) + ")";
            List<String> q = new ArrayList<>();
            for (int f = 1; f <= BenchmarkData.NUMERIC; f++) {
                q.add("quantile_cont(" + col(f) + ", [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]) AS q" + f);
            }
            long t = System.nanoTime();
            Row deciles = db.first("SELECT " + String.join(", ", q) + " FROM " + train).orElseThrow();
            String quantiles = seconds(t);
            List<String> h = new ArrayList<>();
            for (int f = 1; f <= BenchmarkData.NUMERIC; f++) {
                StringBuilder c = new StringBuilder("CASE");
                double[] e = deciles.doubles("q" + f);
                for (int i = 0; i < e.length; i++) {
                    c.append(" WHEN ").append(col(f)).append(" <= CAST(").append(e[i]).append(" AS DOUBLE) THEN ").append(i);
                }
                h.add("histogram(" + c.append(" ELSE 9 END)").toString());
            }
            for (int c = 1; c <= BenchmarkData.CATEGORICAL; c++) {
                h.add("histogram(" + Sql.ident(String.format("c%02d", c)) + ")");
            }
            t = System.nanoTime();
            db.query("SELECT s, " + String.join(", ", h) + " FROM (SELECT 0 AS s, * FROM " + train
                    + " UNION ALL SELECT 1 AS s, * FROM " + serve + ") GROUP BY s");
            Measure.print("plain DuckDB: deciles of 15 numeric features in %s; one pass over both datasets for all 20 "
                    + "histograms in %s", quantiles, seconds(t));
        }
    }

    private static String col(int f) {
        return Sql.ident(String.format("n%02d", f));
    }

    private static String seconds(long startNanos) {
        return String.format(Locale.ROOT, "%.2f s", (System.nanoTime() - startNanos) / 1e9);
    }

    /** Samples the used heap every 10 ms and keeps the largest value. */
    static final class HeapSampler {
        private final Thread thread;
        private volatile boolean running = true;
        private volatile long peak;

        private HeapSampler() {
            thread = new Thread(() -> {
                while (running) {
                    peak = Math.max(peak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            thread.setDaemon(true);
        }

        static HeapSampler start() {
            System.gc();
            HeapSampler s = new HeapSampler();
            s.thread.start();
            return s;
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
        }

        long peak() {
            return peak;
        }
    }
}
