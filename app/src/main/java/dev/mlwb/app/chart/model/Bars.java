package dev.mlwb.app.chart.model;

import java.util.List;

/**
 * One series of a grouped bar chart: a value per category, drawn in slot {@code slot} of each
 * group. Two series may share a slot to colour some bars differently (e.g. unseen categories):
 * leave the other's values NaN there. A narrower series in the same slot is drawn over a wider one
 * (overlaid histograms).
 */
public record Bars(String name, String colour, double[] values, int slot, List<String> labels, double width) {
    public Bars {
        values = values.clone();
        labels = List.copyOf(labels);
    }

    /** Bars filling their slot. */
    public Bars(String name, String colour, double[] values, int slot, List<String> labels) {
        this(name, colour, values, slot, labels, 1.0);
    }

    public static Bars of(String name, String colour, double[] values, int slot) {
        return new Bars(name, colour, values, slot, List.of());
    }

    /** The same bars, this fraction of their slot wide: a narrower series drawn over a wider one overlays it. */
    public Bars narrowed(double fraction) {
        return new Bars(name, colour, values, slot, labels, fraction);
    }
}
