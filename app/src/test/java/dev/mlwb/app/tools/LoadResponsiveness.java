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
 * Measures how responsive the window stays while a bundle loads: the gaps between rendering
 * pulses, and how long a runnable posted to the FX thread every 20 ms waits, during the analysis,
 * while the overview is built, and while the first finding's views are built. Run under Xvfb:
 * {@code mvn -q -pl app exec:java -Dexec.skip=false -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.mlwb.app.tools.LoadResponsiveness -Dexec.args="BUNDLE"}.
 */
public final class LoadResponsiveness {
    private static final Logger LOG = LoggerFactory.getLogger(LoadResponsiveness.class);
    private static String[] arguments;

    private LoadResponsiveness() {
    }

    /** Runs from a plain class path too ({@code java -cp ... dev.mlwb.app.tools.LoadResponsiveness BUNDLE}). */
    public static void main(String[] args) {
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

        @Override
        public void start(Stage stage) {
            workbench = Workbench.into(stage, 1280, 800);
            stage.show();
            new AnimationTimer() {
                private long last;

                @Override
                public void handle(long now) {
                    if (last != 0) {
                        pulseGaps.add((now - last) / 1_000_000);
                        if ((now - last) / 1_000_000 > 150) {
                            LOG.info("gap of {} ms before this pulse", (now - last) / 1_000_000);
                        }
                    }
                    last = now;
                }
            }.start();
            pinger.scheduleAtFixedRate(() -> {
                long posted = System.nanoTime();
                Platform.runLater(() -> waits.add((System.nanoTime() - posted) / 1_000_000));
            }, 0, 20, TimeUnit.MILLISECONDS);
            long started = System.nanoTime();
            workbench.model().runningProperty().addListener((obs, was, is) -> {
                if (!is) {
                    LOG.info("analysis done after {} ms: {}", (System.nanoTime() - started) / 1_000_000,
                            workbench.model().statusProperty().get());
                    report("while the bundle loaded and was checked");
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
            workbench.model().open(Path.of(arguments[0]));
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
