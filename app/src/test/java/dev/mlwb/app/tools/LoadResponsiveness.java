package dev.mlwb.app.tools;

import dev.mlwb.app.Workbench;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures how responsive the window stays while a bundle loads: when its title and its first
 * findings reach the screen, the gaps between rendering pulses, and how long a runnable posted to
 * the FX thread every 20 ms waits, during the analysis (while findings arrive check by check), while
 * the overview is built, and while the first finding's views are built. The bundle is opened as in a running
 * app (File &gt; Open): once the window is up and DuckDB's library loaded, as the launcher loads it while the
 * window is built; {@code --cold BUNDLE} opens it at once instead, DuckDB not loaded yet. Run under Xvfb:
 * {@code mvn -q -pl app exec:java -Dexec.skip=false -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.mlwb.app.tools.LoadResponsiveness -Dexec.args="[--cold] BUNDLE"}.
 */
public final class LoadResponsiveness {
    private static final Logger LOG = LoggerFactory.getLogger(LoadResponsiveness.class);
    private static String[] arguments;

    private LoadResponsiveness() {
    }

    /** Runs from a plain class path too ({@code java -cp ... dev.mlwb.app.tools.LoadResponsiveness BUNDLE}). */
    public static void main(String[] args) {
        dev.mlwb.app.Launcher.leaveACoreToTheWindow();
        arguments = args;
        Application.launch(Probe.class);
    }

    /** The measuring application. */
    public static final class Probe extends Application {

        private final List<Long> pulseGaps = Collections.synchronizedList(new ArrayList<>());
        private final List<Long> waits = Collections.synchronizedList(new ArrayList<>());
        private final ScheduledExecutorService pinger = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "pinger");
            t.setDaemon(true);
            return t;
        });
        private Workbench workbench;
        private final java.util.concurrent.atomic.AtomicLong pending = new java.util.concurrent.atomic.AtomicLong();
        private long lastStackLog;
        private final boolean cold = java.util.Arrays.asList(arguments).contains("--cold");
        private long started;

        /** When a runnable has waited over 250 ms, logs where the FX thread is (at most every 250 ms). */
        private void stallSample(long now) {
            long waiting = pending.get();
            if (waiting == 0 || now - waiting < 250_000_000L || now - lastStackLog < 250_000_000L) {
                return;
            }
            lastStackLog = now;
            Thread.getAllStackTraces().forEach((t, stack) -> {
                if (t.getName().equals("JavaFX Application Thread")) {
                    StringBuilder b = new StringBuilder();
                    for (int i = 0; i < Math.min(stack.length, 40); i++) {
                        if (stack[i].getClassName().startsWith("dev.mlwb") || i < Integer.getInteger("mlwb.probe.frames", 6)) {
                            b.append("\n    at ").append(stack[i]);
                        }
                    }
                    LOG.info("FX thread busy for {} ms:{}", (now - waiting) / 1_000_000, b);
                }
            });
        }

        @Override
        public void start(Stage stage) {
            dev.mlwb.app.session.AnalysisService service = new dev.mlwb.app.session.AnalysisService();
            long launched = System.nanoTime();
            // as the launcher does when started without a bundle: DuckDB's library is loaded while the window is built
            java.util.concurrent.CompletableFuture<Void> warm = cold ? java.util.concurrent.CompletableFuture.completedFuture(null)
                    : service.warmUp();
            workbench = Workbench.into(stage, 1280, 800, service);
            stage.show();
            new AnimationTimer() {
                private long last;

                @Override
                public void handle(long now) {
                    if (last != 0) {
                        pulseGaps.add((now - last) / 1_000_000);
                        if ((now - last) / 1_000_000 > Long.getLong("mlwb.probe.gap", 150)) {
                            LOG.info("gap of {} ms before this pulse", (now - last) / 1_000_000);
                        }
                    }
                    last = now;
                }
            }.start();
            pinger.scheduleAtFixedRate(() -> {
                long posted = System.nanoTime();
                pending.compareAndSet(0, posted);
                Platform.runLater(() -> {
                    waits.add((System.nanoTime() - posted) / 1_000_000);
                    pending.set(0);
                });
                stallSample(posted);
            }, 0, 20, TimeUnit.MILLISECONDS);
            workbench.model().titleProperty().addListener((obs, was, is) -> LOG.info("title \"{}\" shown {} ms after "
                    + "opening", is, (System.nanoTime() - started) / 1_000_000));
            workbench.model().firstFindingsShownProperty().addListener((obs, was, is) -> {
                LOG.info("first findings in the view model {} ms after opening ({})", (System.nanoTime() - started) / 1_000_000,
                        workbench.model().findings().countsProperty().get());
                javafx.scene.Scene scene = workbench.scene();
                scene.addPostLayoutPulseListener(new Runnable() {
                    @Override
                    public void run() {
                        scene.removePostLayoutPulseListener(this);
                        LOG.info("first findings shown {} ms after opening (laid out for the screen)",
                                (System.nanoTime() - started) / 1_000_000);
                        report("from opening until the first findings were shown");
                    }
                });
            });
            workbench.model().runningProperty().addListener((obs, was, is) -> {
                if (!is) {
                    LOG.info("analysis done after {} ms: {}", (System.nanoTime() - started) / 1_000_000,
                            workbench.model().statusProperty().get());
                    report("while the rest of the findings arrived (first findings to analysis done)");
                    pinger.schedule(() -> Platform.runLater(() -> {
                        report("while the views were built and drawn (8 s after the result)");
                        workbench.model().nextFinding();
                        pinger.schedule(() -> Platform.runLater(() -> {
                            report("while the first finding's evidence views were built (3 s)");
                            Platform.exit();
                        }), 3, TimeUnit.SECONDS);
                    }), 8, TimeUnit.SECONDS);
                }
            });
            // the bundle is opened as File > Open would: in a running window, DuckDB loaded (unless --cold)
            warm.thenRun(() -> Platform.runLater(() -> {
                if (!cold) {
                    LOG.info("DuckDB loaded {} ms after launch; opening the bundle now",
                            (System.nanoTime() - launched) / 1_000_000);
                }
                report("before opening");
                started = System.nanoTime();
                workbench.model().open(Path.of(arguments[arguments.length - 1]));
            }));
        }

        private void report(String phase) {
            List<Long> gaps;
            List<Long> w;
            synchronized (pulseGaps) {
                gaps = new ArrayList<>(pulseGaps);
                pulseGaps.clear();
            }
            synchronized (waits) {
                w = new ArrayList<>(waits);
                waits.clear();
            }
            Collections.sort(gaps);
            Collections.sort(w);
            LOG.info("{}: {} pulses, longest gap {} ms, p99 gap {} ms; {} runnables posted every 20 ms waited at most {} ms"
                    + " (p99 {} ms, median {} ms)", phase, gaps.size(), last(gaps), pct(gaps, 0.99), w.size(), last(w),
                    pct(w, 0.99), pct(w, 0.5));
        }

        private static long last(List<Long> sorted) {
            return sorted.isEmpty() ? -1 : sorted.get(sorted.size() - 1);
        }

        private static long pct(List<Long> sorted, double q) {
            return sorted.isEmpty() ? -1 : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(q * sorted.size())));
        }

        @Override
        public void stop() {
            pinger.shutdownNow();
            if (workbench != null) {
                workbench.close();
            }
        }
    }
}
