package dev.mlwb.app.chart;

import io.fair_acc.chartfx.axes.Axis;
import io.fair_acc.chartfx.plugins.XRangeIndicator;
import io.fair_acc.chartfx.plugins.XValueIndicator;
import io.fair_acc.chartfx.plugins.YValueIndicator;
import javafx.scene.Node;

/**
 * Non-draggable value lines and bands that keep a workbench style class ({@code mark-critical},
 * {@code mark-threshold}, ...) on their shapes: ChartFX resets the style classes of an indicator's
 * shapes whenever it restyles it, so the class is added again each time.
 */
final class Indicators {
    private Indicators() {
    }

    static final class XLine extends XValueIndicator {
        private final String style;

        XLine(Axis axis, double value, String text, String style) {
            super(axis, value, text);
            this.style = style;
            setEditable(false);
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
            labelOnTop(label);
        }
    }

    static final class YLine extends YValueIndicator {
        private final String style;

        YLine(Axis axis, double value, String text, String style) {
            super(axis, value, text);
            this.style = style;
            setEditable(false);
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
            labelOnTop(label);
        }
    }

    static final class Band extends XRangeIndicator {
        private final String style;

        Band(Axis axis, double from, double to, String text, String style) {
            super(axis, from, to, text);
            this.style = style;
            setEditable(false);
            setLabelVerticalPosition(0.04);
            updateStyleClass();
        }

        @Override
        public void updateStyleClass() {
            super.updateStyleClass();
            add(style, rectangle, label);
        }
    }

    /** ChartFX adds the label before the line, so the dashed line would strike through its text. */
    private static void labelOnTop(Node label) {
        if (label.getParent() != null) {
            var siblings = label.getParent().getChildrenUnmodifiable();
            if (siblings.get(siblings.size() - 1) != label) {
                label.toFront();
            }
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
