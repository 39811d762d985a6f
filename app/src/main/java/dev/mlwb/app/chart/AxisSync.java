package dev.mlwb.app.chart;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.Axis;

/** Keeps the x axes of charts stacked on one time line showing the same range (zoom one, the other follows). */
public final class AxisSync {
    private AxisSync() {
    }

    public static void link(XYChart a, XYChart b) {
        boolean[] busy = {false};
        follow(a.getXAxis(), b.getXAxis(), busy);
        follow(b.getXAxis(), a.getXAxis(), busy);
    }

    private static void follow(Axis from, Axis to, boolean[] busy) {
        Runnable copy = () -> {
            if (busy[0] || Double.isNaN(from.getMin()) || Double.isNaN(from.getMax()) || from.getMax() <= from.getMin()) {
                return;
            }
            if (from.getMin() == to.getMin() && from.getMax() == to.getMax()) {
                return;
            }
            busy[0] = true;
            to.setAutoRanging(false);
            to.set(from.getMin(), from.getMax());
            to.forceRedraw();
            busy[0] = false;
        };
        from.minProperty().addListener((obs, was, is) -> copy.run());
        from.maxProperty().addListener((obs, was, is) -> copy.run());
    }

    /** Shows an x range on a chart until the analyst resets the zoom. */
    public static void show(XYChart chart, double from, double to) {
        chart.getXAxis().setAutoRanging(false);
        chart.getXAxis().set(from, to);
    }
}
