package dev.mlwb.app.chart.model;

import java.util.List;

/**
 * One series of a chart as a view model prepares it: points, a colour of the palette, a tooltip per
 * point, and how it is drawn.
 *
 * @param x x values (epoch seconds on a time axis)
 * @param y y values; NaN breaks the line
 * @param labels tooltip text per point (may be shorter than the points, or empty)
 * @param look line, dashed line, markers, area (filled down to zero), filled or outlined steps
 */
public record Line(String name, String colour, double[] x, double[] y, List<String> labels, Look look) {
    /** How a series is drawn. */
    public enum Look { LINE, DASHED, LINE_AND_MARKERS, MARKERS, AREA, STEPS_FILLED, STEPS }

    public Line {
        if (x.length != y.length) {
            throw new IllegalArgumentException(name + ": " + x.length + " x values but " + y.length + " y values");
        }
        x = x.clone();
        y = y.clone();
        labels = List.copyOf(labels);
    }

    public static Line of(String name, String colour, double[] x, double[] y, List<String> labels) {
        return new Line(name, colour, x, y, labels, Look.LINE);
    }

    public Line look(Look l) {
        return new Line(name, colour, x, y, labels, l);
    }

    public int size() {
        return x.length;
    }
}
