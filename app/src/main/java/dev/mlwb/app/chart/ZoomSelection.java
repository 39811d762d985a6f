package dev.mlwb.app.chart;

import dev.mlwb.analysis.time.TimeRange;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.plugins.Zoomer;
import java.time.Instant;
import javafx.beans.property.ObjectProperty;

/**
 * Makes zooming into a time chart (a dragged rectangle or the wheel) select that time range for the whole
 * workbench, and zooming back out clear it; clearing the range elsewhere undoes the zoom. The chart's axis is
 * in epoch seconds.
 */
public final class ZoomSelection {
    private ZoomSelection() {
    }

    /** Links the chart's zoom to the shared range (call before {@link SharedTimeRange#follow}). */
    public static void link(XYChart chart, ObjectProperty<TimeRange> range) {
        chart.getPlugins().stream().filter(Zoomer.class::isInstance).map(Zoomer.class::cast).findFirst()
                .ifPresent(z -> link(chart, z, range));
    }

    private static void link(XYChart chart, Zoomer zoomer, ObjectProperty<TimeRange> range) {
        boolean[] resetting = {false};
        Runnable publish = () -> {
            double from = chart.getXAxis().getMin();
            double to = chart.getXAxis().getMax();
            if (!resetting[0] && !zoomer.zoomStackDeque().isEmpty() && to > from) {
                TimeRange r = new TimeRange(Instant.ofEpochMilli(Math.round(from * 1000)),
                        Instant.ofEpochMilli(Math.round(to * 1000)));
                if (!r.equals(range.get())) {
                    range.set(r);
                }
            }
        };
        chart.getXAxis().minProperty().addListener((obs, was, is) -> publish.run());
        chart.getXAxis().maxProperty().addListener((obs, was, is) -> publish.run());
        zoomer.zoomStackDeque().addListener((javafx.beans.InvalidationListener) o -> {
            if (!resetting[0] && zoomer.zoomStackDeque().isEmpty()) {
                range.set(null);
            }
        });
        range.addListener((obs, was, is) -> {
            if (is == null && !zoomer.zoomStackDeque().isEmpty()) {
                resetting[0] = true;
                try {
                    zoomer.zoomOrigin();
                } finally {
                    resetting[0] = false;
                }
            }
        });
    }
}
