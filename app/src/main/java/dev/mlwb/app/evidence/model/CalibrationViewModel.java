package dev.mlwb.app.evidence.model;

import dev.mlwb.analysis.evidence.ReliabilityBin;
import dev.mlwb.analysis.evidence.ReliabilityDiagram;
import dev.mlwb.analysis.format.Fmt;
import dev.mlwb.app.chart.Palette;
import dev.mlwb.app.chart.model.Bars;
import dev.mlwb.app.chart.model.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reliability diagrams of several arms or datasets on one chart: mean predicted probability
 * against the observed rate per score bin, the diagonal of perfect calibration, ECE and Brier of
 * each in the legend, and the rows per bin beneath.
 */
public final class CalibrationViewModel {
    private final List<ReliabilityDiagram> diagrams;

    /**
     * @param shown the diagrams a finding is about
     * @param peers every diagram of the calibration check: those of the same kind (arms, or
     *     predictions datasets) are drawn too, so the canary's curve has the baseline's beside it
     */
    public CalibrationViewModel(List<ReliabilityDiagram> shown, List<ReliabilityDiagram> peers) {
        java.util.Set<String> kinds = new java.util.HashSet<>();
        shown.forEach(d -> kinds.add(kind(d)));
        java.util.LinkedHashSet<ReliabilityDiagram> all = new java.util.LinkedHashSet<>(shown);
        peers.stream().filter(d -> kinds.contains(kind(d))).forEach(all::add);
        this.diagrams = all.stream().sorted(java.util.Comparator.comparingInt(CalibrationViewModel::order)).toList();
    }

    public CalibrationViewModel(List<ReliabilityDiagram> diagrams) {
        this(diagrams, List.of());
    }

    private static String kind(ReliabilityDiagram d) {
        int colon = d.subject().indexOf(':');
        return colon < 0 ? d.subject() : d.subject().substring(0, colon);
    }

    private static int order(ReliabilityDiagram d) {
        String n = d.name().toLowerCase(Locale.ROOT);
        return n.contains("baseline") ? 0 : n.contains("canary") ? 1 : 2;
    }

    public List<ReliabilityDiagram> diagrams() {
        return diagrams;
    }

    public String title() {
        return diagrams.size() == 1 ? diagrams.get(0).title()
                : "Calibration of " + Fmt.and(diagrams.stream().map(ReliabilityDiagram::name).toList());
    }

    public String caption() {
        return "Mean predicted probability against the observed positive rate in 10 equal-width score bins; "
                + "points below the diagonal are overconfident, above it underconfident.";
    }

    /** The colour of the i-th diagram: the canary arm orange, the baseline blue, others further down the palette. */
    String colour(int i) {
        String title = (diagrams.get(i).name() + " " + diagrams.get(i).title()).toLowerCase(Locale.ROOT);
        if (title.contains("canary")) {
            return Palette.CANARY;
        }
        if (title.contains("baseline")) {
            return Palette.BASELINE;
        }
        return Palette.series(i == 0 ? 0 : i + 1);
    }

    /** The legend name: the arm or dataset with its ECE, Brier score and labelled rows. */
    public String legendName(ReliabilityDiagram d) {
        return d.name() + " — ECE " + Fmt.num(d.ece(), 3) + " · Brier " + Fmt.num(d.brier(), 3) + " · "
                + Fmt.count(d.rows()) + " rows";
    }

    /** The diagonal, then one curve per diagram over its non-empty bins. */
    public List<Line> curves() {
        List<Line> out = new ArrayList<>();
        out.add(new Line("perfect calibration", Palette.GREY, new double[] {0, 1}, new double[] {0, 1}, List.of(),
                Line.Look.DASHED));
        for (int i = 0; i < diagrams.size(); i++) {
            ReliabilityDiagram d = diagrams.get(i);
            List<ReliabilityBin> bins = d.bins().stream().filter(b -> b.rows() > 0).toList();
            double[] x = bins.stream().mapToDouble(ReliabilityBin::meanPredicted).toArray();
            double[] y = bins.stream().mapToDouble(ReliabilityBin::observedRate).toArray();
            List<String> labels = bins.stream().map(b -> d.name() + ", scores " + Fmt.num(b.lower(), 1) + "–"
                    + Fmt.num(b.upper(), 1) + ": predicted " + Fmt.pct(b.meanPredicted()) + ", observed "
                    + Fmt.pct(b.observedRate()) + " (" + Fmt.count(b.rows()) + " rows)").toList();
            out.add(new Line(legendName(d), colour(i), x, y, labels, Line.Look.LINE_AND_MARKERS));
        }
        return out;
    }

    /** The score bins as category labels: {@code 0.0–0.1}. */
    public List<String> binLabels() {
        return diagrams.isEmpty() ? List.of() : diagrams.get(0).bins().stream()
                .map(b -> Fmt.num(b.lower(), 1) + "–" + Fmt.num(b.upper(), 1)).toList();
    }

    /** Labelled rows per bin, one series per diagram. */
    public List<Bars> binCounts() {
        List<Bars> out = new ArrayList<>();
        for (int i = 0; i < diagrams.size(); i++) {
            ReliabilityDiagram d = diagrams.get(i);
            double[] rows = d.bins().stream().mapToDouble(b -> (double) b.rows()).toArray();
            out.add(Bars.of(d.name(), colour(i), rows, i));
        }
        return out;
    }

    /** Every bin of every diagram, as table rows. */
    public List<BinItem> bins() {
        List<BinItem> out = new ArrayList<>();
        for (ReliabilityDiagram d : diagrams) {
            d.bins().forEach(b -> out.add(new BinItem(d.name(), b)));
        }
        return out;
    }

    /** One bin of one diagram. */
    public record BinItem(String name, ReliabilityBin bin) {
        public String range() {
            return Fmt.num(bin.lower(), 1) + "–" + Fmt.num(bin.upper(), 1);
        }

        /** A bin with at least 100 rows off by more than 0.15 is what makes calibration critical. */
        public Set<String> states() {
            return bin.rows() >= 100 && Math.abs(bin.gap()) > 0.15 ? Set.of("bad") : bin.rows() == 0
                    ? Set.of("doubtful") : Set.of();
        }
    }
}
