package dev.mlwb.analysis.report.svg;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines over UTC time, with a threshold, shaded stretches (breaches, windows) and labelled moments (deployments,
 * an onset), as one SVG.
 */
public final class TimeChart {
    private static final int LEFT = 62;
    private static final int RIGHT = 16;
    private static final int TOP = 30;
    private static final int BOTTOM = 26;

    private final String title;
    private final boolean percent;
    private final List<Line> lines = new ArrayList<>();
    private final List<Band> bands = new ArrayList<>();
    private final List<Marker> markers = new ArrayList<>();
    private double threshold = Double.NaN;
    private String thresholdLabel = "";
    private boolean zeroBased = true;

    /** A series: times in epoch milliseconds; NaN values leave gaps. */
    public record Line(String label, long[] t, double[] v) {
    }

    /** A shaded stretch of time. */
    public record Band(long from, long to, String color, String label) {
    }

    /** A labelled moment. */
    public record Marker(long at, String label, String color) {
    }

    public TimeChart(String title, boolean percent) {
        this.title = title;
        this.percent = percent;
    }

    public TimeChart line(String label, long[] t, double[] v) {
        lines.add(new Line(label, t, v));
        return this;
    }

    public TimeChart threshold(double value, String label) {
        threshold = value;
        thresholdLabel = label;
        return this;
    }

    public TimeChart band(long from, long to, String color, String label) {
        bands.add(new Band(from, to, color, label));
        return this;
    }

    public TimeChart marker(long at, String label, String color) {
        markers.add(new Marker(at, label, color));
        return this;
    }

    /** Let the value axis start near the data instead of at zero (for rates near 100 %). */
    public TimeChart tight() {
        zeroBased = false;
        return this;
    }

    public boolean isEmpty() {
        return lines.stream().allMatch(l -> l.t().length == 0);
    }

    public String render(int width, int height) {
        long t0 = Long.MAX_VALUE;
        long t1 = Long.MIN_VALUE;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Line l : lines) {
            for (int i = 0; i < l.t().length; i++) {
                t0 = Math.min(t0, l.t()[i]);
                t1 = Math.max(t1, l.t()[i]);
                if (Double.isFinite(l.v()[i])) {
                    lo = Math.min(lo, l.v()[i]);
                    hi = Math.max(hi, l.v()[i]);
                }
            }
        }
        if (t0 == Long.MAX_VALUE) {
            return "";
        }
        for (Band b : bands) {
            t0 = Math.min(t0, b.from());
            t1 = Math.max(t1, b.to());
        }
        if (Double.isFinite(threshold)) {
            lo = Math.min(lo, threshold);
            hi = Math.max(hi, threshold);
        }
        if (!Double.isFinite(lo)) {
            lo = 0;
            hi = 1;
        }
        if (zeroBased && lo > 0) {
            lo = 0;
        }
        double pad = (hi - lo) * 0.08 + (hi == lo ? Math.max(1e-9, Math.abs(hi) * 0.1) : 0);
        hi += pad;
        lo = zeroBased && lo == 0 ? 0 : lo - pad;
        long tt0 = t0;
        long tt1 = Math.max(t1, t0 + 1);
        double x0 = LEFT;
        double x1 = width - RIGHT;
        double y0 = height - BOTTOM;
        double y1 = TOP;
        double vlo = lo;
        double vhi = hi;
        java.util.function.LongToDoubleFunction x = t -> x0 + (x1 - x0) * (t - tt0) / (double) (tt1 - tt0);
        java.util.function.DoubleUnaryOperator y = v -> y0 - (y0 - y1) * (v - vlo) / (vhi - vlo);
        Svg s = new Svg(width, height, title);
        for (Band b : bands) {
            double bx = x.applyAsDouble(Math.max(b.from(), tt0));
            double bw = Math.max(2, x.applyAsDouble(Math.min(b.to(), tt1)) - bx);
            s.rect(bx, y1, bw, y0 - y1, b.color(), 0.16, b.label());
        }
        List<Double> ticks = Axis.ticks(lo, hi, 4);
        double step = ticks.size() > 1 ? ticks.get(1) - ticks.get(0) : Math.abs(hi - lo);
        for (double v : ticks) {
            double yy = y.applyAsDouble(v);
            s.line(x0, yy, x1, yy, Svg.GRID, 1, null);
            s.text(x0 - 6, yy + 4, Axis.label(v, step, percent), "end", Svg.MUTED, false);
        }
        long tstep = Axis.timeStep(tt1 - tt0, Math.max(2, (int) ((x1 - x0) / 110)));
        boolean withDate = tt1 - tt0 > 86_400_000L;
        for (long t : Axis.timeTicks(tt0, tt1, tstep)) {
            double xx = x.applyAsDouble(t);
            s.line(xx, y0, xx, y0 + 4, Svg.MUTED, 1, null);
            s.text(xx, y0 + 17, Axis.timeLabel(t, tstep, withDate), "middle", Svg.MUTED, false);
        }
        s.line(x0, y0, x1, y0, Svg.MUTED, 1, null);
        if (Double.isFinite(threshold)) {
            double yy = y.applyAsDouble(threshold);
            s.line(x0, yy, x1, yy, Svg.CRITICAL, 1.5, "6 4");
            s.text(x1 - 4, yy - 4, thresholdLabel, "end", Svg.CRITICAL, false);
        }
        int row = 0;
        for (Marker m : markers) {
            if (m.at() < tt0 || m.at() > tt1) {
                continue;
            }
            double xx = x.applyAsDouble(m.at());
            s.line(xx, y1, xx, y0, m.color(), 1.2, "3 3");
            boolean right = xx < (x0 + x1) / 2;
            s.text(xx + (right ? 4 : -4), y1 + 12 + 13 * (row++ % 3), Svg.cut(m.label(), 34), right ? "start" : "end",
                    m.color(), false);
        }
        double legendX = x0;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            double[] xs = new double[l.t().length];
            double[] ys = new double[l.t().length];
            for (int k = 0; k < xs.length; k++) {
                xs[k] = x.applyAsDouble(l.t()[k]);
                ys[k] = Double.isFinite(l.v()[k]) ? y.applyAsDouble(l.v()[k]) : Double.NaN;
            }
            String color = Svg.PALETTE[i % Svg.PALETTE.length];
            s.path(xs, ys, color, 2);
            s.rect(legendX, 8, 14, 4, color, 1, null);
            String label = Svg.cut(l.label(), 30);
            s.text(legendX + 18, 14, label, "start", "#1b1b1b", false);
            legendX += 30 + label.length() * 6.5;
        }
        return s.toString();
    }
}
