package dev.mlwb.app.chart;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first chart a JVM builds pays for ChartFX's class initialisation, its CSS metadata and its
 * embedded icon fonts: about a second on a workstation, which froze the window when the first
 * timeline arrived. ChartFX insists that a chart itself be built on the FX thread, but its classes,
 * axes, renderers and data sets need not be: building those off the FX thread pays most of that cost
 * while the bundle is still loading. Once per JVM; a failure costs nothing but the head start.
 */
public final class ChartWarmUp {
    private static final Logger LOG = LoggerFactory.getLogger(ChartWarmUp.class);
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private ChartWarmUp() {
    }

    /** Starts the warm-up on a daemon thread, the first time only. */
    public static void start() {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(ChartWarmUp::run, "chart-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.setUncaughtExceptionHandler((thread, e) -> LOG.debug("chart warm-up: {}", e.toString()));
        t.start();
    }

    private static void run() {
        long started = System.nanoTime();
        try {
            Charts.timeAxis();
            Charts.valueAxis("warm-up", null);
            new io.fair_acc.chartfx.axes.spi.CategoryAxis().setCategories(List.of("warm-up"));
            Charts.lines().getDatasets().add(new io.fair_acc.dataset.spi.DoubleDataSet("warm-up"));
            Charts.markers();
            ClassLoader loader = ChartWarmUp.class.getClassLoader();
            for (String c : List.of("io.fair_acc.chartfx.XYChart", "io.fair_acc.chartfx.plugins.Zoomer",
                    "io.fair_acc.chartfx.plugins.DataPointTooltip", "io.fair_acc.chartfx.plugins.EditAxis",
                    "io.fair_acc.chartfx.legend.spi.DefaultLegend", "io.fair_acc.chartfx.ui.ToolBarFlowPane")) {
                Class.forName(c, true, loader);
            }
            LOG.debug("charts warmed up in {} ms", (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException | LinkageError | ClassNotFoundException e) {
            LOG.debug("chart warm-up skipped: {}", e.toString());
        }
    }
}
