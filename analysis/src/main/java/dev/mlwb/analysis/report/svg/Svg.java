package dev.mlwb.analysis.report.svg;

import java.util.Locale;

/** A small SVG writer: elements with escaped text and compact numbers. */
public final class Svg {
    /** Okabe–Ito, the app's palette: distinguishable with colour-vision deficiencies. */
    public static final String[] PALETTE = {"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00",
        "#F0E442", "#000000"};
    public static final String CRITICAL = "#b2182b";
    public static final String WARNING = "#8a5a00";
    public static final String MUTED = "#6b6b6b";
    public static final String GRID = "#e3e3e3";

    private final StringBuilder b = new StringBuilder();
    private final int width;
    private final int height;

    public Svg(int width, int height, String label) {
        this.width = width;
        this.height = height;
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-label=\"").append(esc(label))
                .append("\" font-family=\"system-ui, sans-serif\" font-size=\"12\">");
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public Svg line(double x1, double y1, double x2, double y2, String stroke, double w, String dash) {
        b.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"")
                .append(n(w)).append('"');
        if (dash != null) {
            b.append(" stroke-dasharray=\"").append(dash).append('"');
        }
        b.append("/>");
        return this;
    }

    public Svg rect(double x, double y, double w, double h, String fill, double opacity, String title) {
        b.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(Math.max(0, w)))
                .append("\" height=\"").append(n(Math.max(0, h))).append("\" fill=\"").append(fill).append('"');
        if (opacity < 1) {
            b.append(" fill-opacity=\"").append(n(opacity)).append('"');
        }
        if (title != null) {
            b.append("><title>").append(esc(title)).append("</title></rect>");
        } else {
            b.append("/>");
        }
        return this;
    }

    public Svg circle(double x, double y, double r, String fill, String title) {
        b.append("<circle cx=\"").append(n(x)).append("\" cy=\"").append(n(y)).append("\" r=\"").append(n(r))
                .append("\" fill=\"").append(fill).append('"');
        if (title != null) {
            b.append("><title>").append(esc(title)).append("</title></circle>");
        } else {
            b.append("/>");
        }
        return this;
    }

    /** A polyline through the points; NaN values break it into pieces. */
    public Svg path(double[] xs, double[] ys, String stroke, double w) {
        StringBuilder d = new StringBuilder();
        boolean pen = false;
        for (int i = 0; i < xs.length; i++) {
            if (Double.isNaN(ys[i]) || Double.isNaN(xs[i])) {
                pen = false;
                continue;
            }
            d.append(pen ? 'L' : 'M').append(n(xs[i])).append(',').append(n(ys[i]));
            pen = true;
        }
        if (d.length() > 0) {
            b.append("<path d=\"").append(d).append("\" fill=\"none\" stroke=\"").append(stroke)
                    .append("\" stroke-width=\"").append(n(w)).append("\" stroke-linejoin=\"round\"/>");
        }
        return this;
    }

    /** Text anchored {@code start}, {@code middle} or {@code end}. */
    public Svg text(double x, double y, String text, String anchor, String fill, boolean bold) {
        b.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"").append(anchor)
                .append("\" fill=\"").append(fill).append('"');
        if (bold) {
            b.append(" font-weight=\"700\"");
        }
        b.append('>').append(esc(text)).append("</text>");
        return this;
    }

    @Override
    public String toString() {
        return b + "</svg>";
    }

    public static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String n(double v) {
        return String.format(Locale.ROOT, "%.1f", v).replace(".0", "");
    }

    /** Text cut to {@code max} characters with an ellipsis. */
    public static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, Math.max(1, max - 1)) + "…";
    }
}
