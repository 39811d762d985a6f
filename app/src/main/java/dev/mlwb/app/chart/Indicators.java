package dev.mlwb.app.chart;

import io.fair_acc.chartfx.axes.Axis;
import io.fair_acc.chartfx.plugins.XRangeIndicator;
import io.fair_acc.chartfx.plugins.XValueIndicator;
import io.fair_acc.chartfx.plugins.YValueIndicator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;

/**
 * Non-draggable value lines and bands that keep a workbench style class ({@code mark-critical},
 * {@code mark-threshold}, ...) on their shapes: ChartFX resets the style classes of an indicator's
 * shapes whenever it restyles it, so the class is added again each time.
 */
final class Indicators {
    private Indicators() {
    }

    /** An indicator whose label takes part in {@link #staggerLabels}. */
    private interface Labelled {
        Label label();
    }

    static final class XLine extends XValueIndicator implements Labelled {
        private final String style;

        XLine(Axis axis, double value, String text, String style) {
            super(axis, value, text);
            this.style = style;
            setEditable(false);
            // ChartFX adds the label before the line, so the dashed line would strike through its text
            label.setViewOrder(-1);
            updateStyleClass();
        }

        @Override
        public void updateStyleClass() {
            super.updateStyleClass();
            add(style, line, label, triangle);
        }

        @Override
        public void layoutChildren() {
            super.layoutChildren();
            staggerLabels(getChart(), this);
        }

        @Override
        public Label label() {
            return label;
        }
    }

    /**
     * Event and band labels sit at the foot of their lines, so two events a few minutes apart ("rollback",
     * "deploy") would print over each other: a label that would overlap one to its left is lifted
     * one row, greedily, like lanes in a Gantt chart. Done in pixels at every layout, so zooming in
     * brings the labels back down to one row. The chart lays its plugins out in order, so the pass
     * runs once, when the last labelled indicator ({@code caller}) has placed its label.
     */
    private static void staggerLabels(io.fair_acc.chartfx.Chart chart, Labelled caller) {
        if (chart == null) {
            return;
        }
        List<Labelled> indicators = chart.getPlugins().stream().filter(Labelled.class::isInstance)
                .map(Labelled.class::cast).toList();
        if (indicators.get(indicators.size() - 1) != caller) {
            return;
        }
        List<Label> labels = new ArrayList<>();
        for (Labelled indicator : indicators) {
            Label l = indicator.label();
            if (l.isVisible() && l.getParent() != null && l.getText() != null && !l.getText().isEmpty()) {
                labels.add(l);
            }
        }
        labels.sort(Comparator.comparingDouble(l -> l.getBoundsInParent().getMinX()));
        // indicators place their labels in the coordinates of the chart's canvas, the plot area
        double plotBottom = chart.getCanvas().getBoundsInLocal().getMaxY();
        List<Double> rowEnds = new ArrayList<>();
        for (Label l : labels) {
            Bounds b = l.getBoundsInParent();
            int row = 0;
            while (row < rowEnds.size() && rowEnds.get(row) + LABEL_GAP > b.getMinX()) {
                row++;
            }
            if (row == rowEnds.size()) {
                rowEnds.add(b.getMaxX());
            } else {
                rowEnds.set(row, b.getMaxX());
            }
            // ChartFX centres the label near the foot of the plot: with large type (presentation mode)
            // its lower half would fall below the axis, so it is lifted to sit inside the plot
            double foot = b.getMaxY() - l.getTranslateY();
            double lift = Math.max(0, foot - plotBottom + 1);
            double shift = -lift - row * (b.getHeight() + LABEL_GAP);
            if (l.getTranslateY() != shift) {
                l.setTranslateY(shift);
            }
        }
    }

    private static final double LABEL_GAP = 3;

    static final class YLine extends YValueIndicator {
        private final String style;

        YLine(Axis axis, double value, String text, String style) {
            super(axis, value, text);
            this.style = style;
            setEditable(false);
            // ChartFX adds the label before the line, so the dashed line would strike through its text
            label.setViewOrder(-1);
            updateStyleClass();
        }

        @Override
        public void updateStyleClass() {
            super.updateStyleClass();
            add(style, line, label, triangle);
        }
    }

    static final class Band extends XRangeIndicator implements Labelled {
        private final String style;

        Band(Axis axis, double from, double to, String text, String style) {
            super(axis, from, to, text);
            this.style = style;
            setEditable(false);
            setLabelVerticalPosition(0.04);
            label.setViewOrder(-1);
            updateStyleClass();
        }

        @Override
        public Label label() {
            return label;
        }

        @Override
        public void layoutChildren() {
            super.layoutChildren();
            staggerLabels(getChart(), this);
        }

        @Override
        public void updateStyleClass() {
            super.updateStyleClass();
            add(style, rectangle, label);
        }
    }

    private static void add(String style, Node... nodes) {
        if (style == null) {
            return;
        }
        for (Node n : nodes) {
            if (n != null && !n.getStyleClass().contains(style)) {
                n.getStyleClass().add(style);
            }
        }
    }
}
