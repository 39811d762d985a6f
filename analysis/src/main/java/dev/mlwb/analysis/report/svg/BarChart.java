package dev.mlwb.analysis.report.svg;

import dev.mlwb.analysis.format.Fmt;
import java.util.ArrayList;
import java.util.List;

/**
 * Horizontal bars, one row per label, one or two bars per row (e.g. baseline and canary), negative values to the
 * left of a zero line; flagged rows drawn in the alarm colour.
 */
public final class BarChart {
    private static final int LABEL = 190;
    private static final int VALUE = 70;

    private final String title;
    private final String first;
    private final String second;
    private final boolean percent;
    private final List<Row> rows = new ArrayList<>();

    /**
     * One row.
     *
     * @param b the second bar's value (NaN without a second series)
     * @param flagged drawn in the alarm colour
     */
    public record Row(String label, double a, double b, boolean flagged) {
    }

    /**
     * @param first the first series' name
     * @param second the second series' name, or null for one bar per row
     */
    public BarChart(String title, String first, String second, boolean percent) {
        this.title = title;
        this.first = first;
        this.second = second;
        this.percent = percent;
    }

    public BarChart row(String label, double a, double b, boolean flagged) {
        rows.add(new Row(label, a, b, flagged));
        return this;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public String render(int width) {
        boolean pair = second != null;
        int rowHeight = pair ? 30 : 20;
        int top = 24;
        int height = top + rows.size() * rowHeight + 8;
        double lo = 0;
        double hi = 0;
        for (Row r : rows) {
            for (double v : new double[] {r.a(), r.b()}) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (hi == lo) {
            hi = lo + 1;
        }
        double x0 = LABEL;
        double x1 = width - VALUE;
        double zero = x0 + (x1 - x0) * (0 - lo) / (hi - lo);
        double scale = (x1 - x0) / (hi - lo);
        Svg s = new Svg(width, height, title);
        s.rect(x0, 6, 12, 10, Svg.PALETTE[0], 1, null).text(x0 + 16, 15, first, "start", "#1b1b1b", false);
        if (pair) {
            double at = x0 + 30 + first.length() * 6.5;
            s.rect(at, 6, 12, 10, Svg.PALETTE[1], 1, null).text(at + 16, 15, second, "start", "#1b1b1b", false);
        }
        s.line(zero, top - 2, zero, height - 6, Svg.MUTED, 1, null);
        double y = top;
        for (Row r : rows) {
            s.text(x0 - 8, y + (pair ? 18 : 14), Svg.cut(r.label(), 30), "end", r.flagged() ? Svg.CRITICAL : "#1b1b1b",
                    r.flagged());
            bar(s, r.a(), zero, scale, y + 3, pair ? 11 : 14, r.flagged() ? Svg.CRITICAL : Svg.PALETTE[0], x1);
            if (pair) {
                bar(s, r.b(), zero, scale, y + 15, 11, r.flagged() ? "#e7a0a8" : Svg.PALETTE[1], x1);
            }
            y += rowHeight;
        }
        return s.toString();
    }

    private void bar(Svg s, double v, double zero, double scale, double y, double h, String color, double x1) {
        if (!Double.isFinite(v)) {
            s.text(zero + 4, y + h - 2, "n/a", "start", Svg.MUTED, false);
            return;
        }
        double w = Math.abs(v) * scale;
        double x = v >= 0 ? zero : zero - w;
        s.rect(x, y, Math.max(1, w), h, color, 1, Fmt.num(v, 4));
        String text = percent ? Fmt.pct(v) : Fmt.num(v, Math.abs(v) >= 100 ? 0 : 3);
        s.text(v >= 0 ? Math.min(x + w + 4, x1 + 4) : zero + 4, y + h - 2, text, "start", Svg.MUTED, false);
    }
}
