package dev.mlwb.app.chart.model;

/**
 * A vertical line on a chart's x axis (an event, a tolerance), a horizontal line on its y axis (a
 * threshold), or a shaded band between two x values (a breach, a window where a check fired).
 *
 * @param kind which of the three
 * @param from the x (or y) value; the band's start
 * @param to the band's end (equal to {@code from} for lines)
 * @param text the label drawn on it
 * @param style a CSS class: {@code mark-critical}, {@code mark-warning}, {@code mark-event}, {@code mark-threshold}
 */
public record Mark(Kind kind, double from, double to, String text, String style) {
    /** Where a mark lies. */
    public enum Kind { X_LINE, Y_LINE, BAND }

    public static Mark xLine(double x, String text, String style) {
        return new Mark(Kind.X_LINE, x, x, text, style);
    }

    public static Mark yLine(double y, String text, String style) {
        return new Mark(Kind.Y_LINE, y, y, text, style);
    }

    public static Mark band(double from, double to, String text, String style) {
        return new Mark(Kind.BAND, from, to, text, style);
    }
}
