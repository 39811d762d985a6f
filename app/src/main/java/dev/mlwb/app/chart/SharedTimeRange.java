package dev.mlwb.app.chart;

import dev.mlwb.analysis.time.TimeRange;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.Axis;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/**
 * Makes a time chart follow the time range the analyst selected: its time axis shows exactly the
 * range while one is selected, and everything again when it is cleared. The listener is removed
 * when the chart leaves the scene.
 */
public final class SharedTimeRange {
    private SharedTimeRange() {
    }

    public static void follow(XYChart chart, ObservableValue<TimeRange> range) {
        ChangeListener<TimeRange> apply = (obs, was, is) -> show(chart, is);
        if (range.getValue() != null) {
            show(chart, range.getValue());
        }
        range.addListener(apply);
        chart.sceneProperty().addListener((obs, was, is) -> {
            if (is == null) {
                range.removeListener(apply);
            } else if (was == null) {
                range.removeListener(apply);
                range.addListener(apply);
                if (range.getValue() != null) {
                    show(chart, range.getValue());
                }
            }
        });
    }

    private static void show(XYChart chart, TimeRange r) {
        if (r == null) {
            Charts.showHome(chart);
        } else {
            Axis x = chart.getXAxis();
            x.setAutoRanging(false);
            x.set(r.start().getEpochSecond(), r.end().getEpochSecond());
            x.forceRedraw();
        }
    }
}

