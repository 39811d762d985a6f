package dev.mlwb.analysis.report.svg;

import java.util.ArrayList;
import java.util.List;

/** Labelled lanes over UTC time: stretches as bars, moments as dots, and moments across all lanes as lines. */
public final class LaneChart {
    private static final int LABEL = 200;
    private static final int RIGHT = 16;
    private static final int TOP = 8;
    private static final int BOTTOM = 26;
    private static final int LANE = 20;

    private final String title;
    private final List<Lane> lanes = new ArrayList<>();
    private final List<TimeChart.Marker> markers = new ArrayList<>();

    /** A stretch of a lane. */
    public record Span(long from, long to, String color, String title) {
    }

    /** A moment of a lane. */
    public record Dot(long at, String color, String title) {
    }

    /** One lane. */
    public record Lane(String label, String labelColor, List<Span> spans, List<Dot> dots) {
    }

    public LaneChart(String title) {
        this.title = title;
    }

    public LaneChart lane(String label, String labelColor, List<Span> spans, List<Dot> dots) {
        lanes.add(new Lane(label, labelColor, List.copyOf(spans), List.copyOf(dots)));
        return this;
    }

    public LaneChart marker(long at, String label, String color) {
        markers.add(new TimeChart.Marker(at, label, color));
        return this;
    }

    public boolean isEmpty() {
        return lanes.isEmpty();
    }

    public String render(int width) {
        long t0 = Long.MAX_VALUE;
        long t1 = Long.MIN_VALUE;
        for (Lane l : lanes) {
            for (Span s : l.spans()) {
                t0 = Math.min(t0, s.from());
                t1 = Math.max(t1, s.to());
            }
            for (Dot d : l.dots()) {
                t0 = Math.min(t0, d.at());
                t1 = Math.max(t1, d.at());
            }
        }
        if (t0 == Long.MAX_VALUE) {
            return "";
        }
        for (TimeChart.Marker m : markers) {
            t0 = Math.min(t0, m.at());
            t1 = Math.max(t1, m.at());
        }
        long pad = Math.max(1000, (t1 - t0) / 40);
        long tt0 = t0 - pad;
        long tt1 = t1 + pad;
        int markerRows = markers.isEmpty() ? 0 : Math.min(3, markers.size());
        int top = TOP + markerRows * 13;
        int height = top + lanes.size() * LANE + BOTTOM;
        double x0 = LABEL;
        double x1 = width - RIGHT;
        java.util.function.LongToDoubleFunction x = t -> x0 + (x1 - x0) * (t - tt0) / (double) (tt1 - tt0);
        Svg s = new Svg(width, height, title);
        double y = top;
        for (int i = 0; i < lanes.size(); i++) {
            Lane l = lanes.get(i);
            if (i % 2 == 0) {
                s.rect(0, y, width, LANE, "#f6f6f6", 1, null);
            }
            s.text(x0 - 8, y + 14, Svg.cut(l.label(), 30), "end", l.labelColor(), false);
            for (Span sp : l.spans()) {
                double a = x.applyAsDouble(sp.from());
                s.rect(a, y + 4, Math.max(2, x.applyAsDouble(sp.to()) - a), LANE - 8, sp.color(), 0.85, sp.title());
            }
            for (Dot d : l.dots()) {
                s.circle(x.applyAsDouble(d.at()), y + LANE / 2.0, 4, d.color(), d.title());
            }
            y += LANE;
        }
        long step = Axis.timeStep(tt1 - tt0, Math.max(2, (int) ((x1 - x0) / 110)));
        boolean withDate = tt1 - tt0 > 86_400_000L;
        for (long t : Axis.timeTicks(tt0, tt1, step)) {
            double xx = x.applyAsDouble(t);
            s.line(xx, y, xx, y + 4, Svg.MUTED, 1, null);
            s.text(xx, y + 17, Axis.timeLabel(t, step, withDate), "middle", Svg.MUTED, false);
        }
        s.line(x0, y, x1, y, Svg.MUTED, 1, null);
        int row = 0;
        for (TimeChart.Marker m : markers) {
            if (m.at() < tt0 || m.at() > tt1) {
                continue;
            }
            double xx = x.applyAsDouble(m.at());
            s.line(xx, top, xx, y, m.color(), 1.2, "3 3");
            boolean right = xx < (x0 + x1) / 2;
            s.text(xx + (right ? 4 : -4), TOP + 10 + 13 * (row++ % markerRows), Svg.cut(m.label(), 40),
                    right ? "start" : "end", m.color(), false);
        }
        return s.toString();
    }
}
