package dev.mlwb.app.evidence.model;

import dev.mlwb.analysis.evidence.SegmentMetrics;
import dev.mlwb.analysis.evidence.SegmentRow;
import dev.mlwb.analysis.evidence.SliceVerdict;
import dev.mlwb.analysis.format.Fmt;
import dev.mlwb.app.chart.Palette;
import dev.mlwb.app.chart.model.Bars;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Precision, recall and AUC per segment, baseline against canary, with the drop that matters. */
public final class SegmentMetricsViewModel {
    private final SegmentMetrics m;
    private final Optional<String> focus;

    public SegmentMetricsViewModel(SegmentMetrics metrics, Optional<String> focus) {
        this.m = metrics;
        this.focus = focus;
    }

    public String title() {
        return m.title();
    }

    public String caption() {
        return m.baselineArm() + " (baseline) vs " + m.canaryArm() + " (canary) per " + m.dimension()
                + ", a score ≥ " + Fmt.num(m.decisionThreshold(), 2) + " predicts the positive class. A segment degrades"
                + " when a metric drops more than " + Fmt.num(m.maxDrop(), 3) + " (★ critical slices "
                + Fmt.num(m.criticalMaxDrop(), 3) + "), significantly. All rows: precision "
                + Fmt.num(m.aggregate().baselinePrecision(), 3) + " → " + Fmt.num(m.aggregate().canaryPrecision(), 3)
                + ", recall " + Fmt.num(m.aggregate().baselineRecall(), 3) + " → "
                + Fmt.num(m.aggregate().canaryRecall(), 3) + ".";
    }

    /** The aggregate first, then the segments. */
    public List<SegmentRow> rows() {
        List<SegmentRow> out = new ArrayList<>();
        out.add(m.aggregate());
        out.addAll(m.rows());
        return out;
    }

    /** The metric the bars show: the one that fell most in the worst segment. */
    public String barMetric() {
        return m.rows().stream().filter(r -> r.worstMetric() != null && !r.worstMetric().isEmpty())
                .max(Comparator.comparingDouble(r -> Double.isNaN(r.worstDrop()) ? -1 : r.worstDrop()))
                .map(SegmentRow::worstMetric).orElse("auc");
    }

    public String barMetricWord() {
        String b = barMetric();
        return b.equals("auc") ? "AUC" : b;
    }

    public List<String> categories() {
        return rows().stream().map(r -> r.label() + (r.critical() ? " ★" : "")).toList();
    }

    public List<Bars> bars() {
        String metric = barMetric();
        double[] b = rows().stream().mapToDouble(r -> value(r, metric, true)).toArray();
        double[] c = rows().stream().mapToDouble(r -> value(r, metric, false)).toArray();
        return List.of(Bars.of(m.baselineArm() + " (baseline)", Palette.BASELINE, b, 0),
                Bars.of(m.canaryArm() + " (canary)", Palette.CANARY, c, 1));
    }

    static double value(SegmentRow r, String metric, boolean baseline) {
        return switch (metric) {
            case "precision" -> baseline ? r.baselinePrecision() : r.canaryPrecision();
            case "recall" -> baseline ? r.baselineRecall() : r.canaryRecall();
            default -> baseline ? r.baselineAuc() : r.canaryAuc();
        };
    }

    public static String pair(double b, double c) {
        return Fmt.num(b, 3) + " → " + Fmt.num(c, 3);
    }

    public static String worst(SegmentRow r) {
        return r.worstMetric() == null || r.worstMetric().isEmpty() ? "—"
                : r.worstMetric() + " " + String.format(Locale.ROOT, "%+.3f", -r.worstDrop());
    }

    public static String verdict(SegmentRow r) {
        return r.verdict().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    public Set<String> states(SegmentRow r) {
        Set<String> s = new HashSet<>();
        if (r.verdict() == SliceVerdict.REGRESSION || r.verdict() == SliceVerdict.PROBABLE_REGRESSION) {
            s.add("bad");
        }
        if (r.verdict() == SliceVerdict.NOT_SIGNIFICANT || r.verdict() == SliceVerdict.INSUFFICIENT_TRAFFIC) {
            s.add("doubtful");
        }
        if (focus.filter(r.slice()::equals).isPresent()) {
            s.add("focus");
        }
        return s;
    }

    public Optional<SegmentRow> focused() {
        return m.rows().stream().filter(r -> focus.filter(r.slice()::equals).isPresent()).findFirst();
    }
}
