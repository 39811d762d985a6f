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

    /**
     * Bands as they can be drawn: ranges closer than {@code minGap} joined (a thousand one-minute
     * breaches over a week are a few shaded stretches at any screen width, and every band is a
     * chart plugin), labelled only when there are few of them.
     */
    public static java.util.List<Mark> bands(java.util.List<double[]> ranges, double minGap, String text, String style) {
        java.util.List<double[]> sorted = new java.util.ArrayList<>(ranges);
        sorted.sort(java.util.Comparator.comparingDouble(r -> r[0]));
        java.util.List<double[]> joined = new java.util.ArrayList<>();
        for (double[] r : sorted) {
            double[] last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && r[0] - last[1] <= minGap) {
                last[1] = Math.max(last[1], r[1]);
            } else {
                joined.add(new double[] {r[0], r[1]});
            }
        }
        boolean label = joined.size() <= 12;
        return joined.stream().map(r -> band(r[0], r[1], label ? text : "", style)).toList();
    }
}
