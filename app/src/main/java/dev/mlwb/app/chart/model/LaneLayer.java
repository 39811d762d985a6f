package dev.mlwb.app.chart.model;

import java.util.List;

/**
 * One kind of thing drawn across the lanes of a lane chart: spans (start → end, e.g. a replica
 * loading, a window where a check fired) or points (e.g. events, first traffic), in one colour.
 *
 * @param spans drawn as thick bars along their lane
 * @param points drawn as markers on their lane
 */
public record LaneLayer(String name, String colour, List<Span> spans, List<Point> points) {
    public LaneLayer {
        spans = List.copyOf(spans);
        points = List.copyOf(points);
    }

    /** From {@code start} to {@code end} on lane {@code lane} (0 at the top). */
    public record Span(int lane, double start, double end, String label) {
    }

    /** At {@code at} on lane {@code lane}. */
    public record Point(int lane, double at, String label) {
    }

    public static LaneLayer spans(String name, String colour, List<Span> spans) {
        return new LaneLayer(name, colour, spans, List.of());
    }

    public static LaneLayer points(String name, String colour, List<Point> points) {
        return new LaneLayer(name, colour, List.of(), points);
    }

    public boolean isEmpty() {
        return spans.isEmpty() && points.isEmpty();
    }
}
