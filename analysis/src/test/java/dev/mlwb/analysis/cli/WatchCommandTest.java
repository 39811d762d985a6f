package dev.mlwb.analysis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.analysis.checks.canary.CliFixture;
import dev.mlwb.analysis.data.FakePrometheus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mlwb watch}: findings printed as rows arrive and as they are taken back; a bad write keeps the last findings. */
class WatchCommandTest {
    @TempDir
    Path tmp;

    @Test
    void printsFindingsAsTheyAppearAndClear() throws Exception {
        Path b = CliFixture.healthy(tmp.resolve("b"));
        String healthy = Files.readString(b.resolve("m.csv"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicInteger code = new AtomicInteger(-1);
        Thread watch = new Thread(() -> code.set(MlwbCli.run(new PrintWriter(out, true), new PrintWriter(err, true),
                "watch", b.toString(), "--interval", "100ms")));
        watch.start();
        try {
            await(out, s -> s.contains("0 findings (0 critical, 0 warning, 0 info)"));
            assertThat(out.toString()).contains("watching " + b + ": files every 100 ms; Ctrl+C stops");
            CliFixture.appendLatencyBreach(b, 30, 8);
            await(out, s -> s.contains("+ CRITICAL P99 latency at or above 500 ms in the canary (new)"));
            assertThat(out.toString()).contains("file changed: m.csv: 1 new finding");
            Files.writeString(b.resolve("m.csv"), healthy + "garbage,row\n");
            await(out, s -> s.contains("a source no longer loads (keeping the last findings)"));
            Files.writeString(b.resolve("m.csv"), healthy);
            await(out, s -> s.contains("- cleared CRITICAL P99 latency"));
        } finally {
            watch.interrupt();
            watch.join(10_000);
        }
        assertThat(code.get()).isZero();
        assertThat(out.toString()).endsWith("stopped" + System.lineSeparator());
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aLivePrometheusIsAskedAgainAndItsNewBreachAnnounced() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean breach = new java.util.concurrent.atomic.AtomicBoolean(false);
        try (FakePrometheus prom = new FakePrometheus(form -> {
            java.util.List<FakePrometheus.Series> series = new java.util.ArrayList<>();
            long start = (long) Double.parseDouble(form.get("start"));
            for (String version : java.util.List.of("v1", "v2")) {
                java.util.List<double[]> points = new java.util.ArrayList<>();
                for (int m = 0; m < 20; m++) {
                    points.add(new double[] {start + 60.0 * m, breach.get() && version.equals("v2") && m >= 10 ? 2000 : 100});
                }
                series.add(new FakePrometheus.Series(java.util.Map.of("version", version), points));
            }
            return FakePrometheus.matrix(series);
        })) {
            dev.mlwb.analysis.TestBundle.in(tmp).manifest("arms: {baseline: v1, canary: v2}\nsources:\n  - role: metrics\n"
                    + "    name: live\n    prometheus: {url: \"" + prom.url() + "\", last: 20m, step: 1m, refresh: 200ms}\n"
                    + "    arm: version\n    metrics: {latency_p99_ms: 'histogram_quantile(0.99, x)'}\n");
            StringWriter out = new StringWriter();
            Thread watch = new Thread(() -> MlwbCli.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                    "watch", tmp.toString(), "--interval", "100ms"));
            watch.start();
            try {
                await(out, s -> s.contains("0 findings"));
                assertThat(out.toString()).contains("live sources every 200 ms");
                breach.set(true);
                await(out, s -> s.contains("live sources asked again: 1 new finding"));
                assertThat(out.toString()).contains("+ CRITICAL P99 latency at or above 500 ms in the canary (v2)");
            } finally {
                watch.interrupt();
                watch.join(10_000);
            }
        }
    }

    @Test
    void aBundleThatCannotBeOpenedExitsTwo() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = MlwbCli.run(new PrintWriter(out, true), new PrintWriter(err, true), "watch", tmp.toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("has no manifest");
    }

    private static void await(StringWriter out, Predicate<String> done) throws InterruptedException {
        long end = System.nanoTime() + 30_000_000_000L;
        while (!done.test(out.toString())) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out; output so far:\n" + out);
            }
            Thread.sleep(50);
        }
    }
}
