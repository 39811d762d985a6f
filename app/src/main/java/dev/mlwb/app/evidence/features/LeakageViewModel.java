package dev.mlwb.app.evidence.features;

import dev.mlwb.analysis.evidence.LeakageExample;
import dev.mlwb.analysis.evidence.LeakageTimeline;
import dev.mlwb.analysis.evidence.LookaheadBin;
import dev.mlwb.analysis.format.Fmt;
import dev.mlwb.app.chart.Palette;
import dev.mlwb.app.chart.model.Bars;
import dev.mlwb.app.chart.model.LaneLayer;
import dev.mlwb.app.chart.model.Mark;
import dev.mlwb.app.evidence.Times;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Feature leakage: for each feature with feature timestamps, how far they lie after the time they
 * predict. The selected feature's lookahead distribution (violating ranges in vermillion, the
 * tolerance as a line) and a timeline of its worst rows: prediction, label and feature times.
 */
public final class LeakageViewModel {
    static final int EXAMPLES = 12;

    private final List<LeakageTimeline> features;
    private final ObjectProperty<LeakageTimeline> selected = new SimpleObjectProperty<>();

    public LeakageViewModel(List<LeakageTimeline> shown, List<LeakageTimeline> peers, Optional<String> focus) {
        java.util.LinkedHashSet<LeakageTimeline> all = new java.util.LinkedHashSet<>(shown);
        all.addAll(peers);
        features = all.stream().sorted(Comparator.comparingDouble(LeakageTimeline::violationShare).reversed()).toList();
        LeakageTimeline first = focus.flatMap(f -> features.stream().filter(l -> l.feature().equals(f)).findFirst())
                .orElse(shown.isEmpty() ? null : shown.get(0));
        selected.set(first);
    }

    public String title() {
        return "Leakage: feature times against prediction times";
    }

    public String caption() {
        LeakageTimeline s = selected.get();
        if (s == null) {
            return "";
        }
        String backfill = s.distinctFeatureTimes() == 1 && s.latestFeatureTime().isPresent() && s.violations() > 0
                ? " Every violating value was computed at one moment, " + Times.minute(s.latestFeatureTime().get())
                + ": a single backfill run." : "";
        return "Lookahead = feature timestamp − " + s.against() + "; up to " + Fmt.num(s.toleranceHours(), 1)
                + " h is tolerated." + backfill;
    }

    public List<LeakageTimeline> features() {
        return features;
    }

    public ObjectProperty<LeakageTimeline> selectedProperty() {
        return selected;
    }

    public String heading() {
        LeakageTimeline s = selected.get();
        return s == null ? "" : s.feature() + " in " + s.dataset() + ": " + Fmt.count(s.violations()) + " of "
                + Fmt.count(s.rows()) + " rows (" + Fmt.pct(s.violationShare()) + ") computed after they predict, up to "
                + Fmt.num(s.maxLookaheadHours(), 1) + " h later" + s.violationsFrom().map(f -> "; rows from "
                + Times.minute(f) + " to " + Times.minute(s.violationsTo().orElse(f))).orElse("");
    }

    public List<String> binLabels() {
        return selected.get() == null ? List.of() : selected.get().distribution().stream().map(LookaheadBin::label)
                .toList();
    }

    /** Rows per lookahead range, violating ranges in vermillion. */
    public List<Bars> bars() {
        LeakageTimeline s = selected.get();
        if (s == null) {
            return List.of();
        }
        List<LookaheadBin> d = s.distribution();
        double[] ok = d.stream().mapToDouble(b -> b.violating() ? Double.NaN : b.rows()).toArray();
        double[] bad = d.stream().mapToDouble(b -> b.violating() ? b.rows() : Double.NaN).toArray();
        List<String> tips = d.stream().map(b -> b.label() + ": " + Fmt.count(b.rows()) + " rows"
                + (b.violating() ? " (beyond the tolerance)" : "")).toList();
        return List.of(new Bars("within the tolerance", Palette.BLUE, ok, 0, tips),
                new Bars("beyond the tolerance", Palette.BAD, bad, 0, tips));
    }

    /** The tolerance, drawn between the last tolerated range and the first violating one. */
    public List<Mark> toleranceMarks() {
        LeakageTimeline s = selected.get();
        if (s == null) {
            return List.of();
        }
        List<LookaheadBin> d = s.distribution();
        for (int i = 0; i < d.size(); i++) {
            if (d.get(i).violating()) {
                return List.of(Mark.xLine(i - 0.5, "tolerance " + Fmt.num(s.toleranceHours(), 1) + " h", "mark-threshold"));
            }
        }
        return List.of();
    }

    public List<LeakageExample> examples() {
        LeakageTimeline s = selected.get();
        return s == null ? List.of() : s.examples().stream().limit(EXAMPLES).toList();
    }

    /** One lane per example row. */
    public List<String> exampleLanes() {
        List<String> out = new ArrayList<>();
        List<LeakageExample> ex = examples();
        for (int i = 0; i < ex.size(); i++) {
            out.add(ex.get(i).entity().orElse("row " + (i + 1)));
        }
        return out;
    }

    /** Prediction, label and feature times per example, and the lookahead as a span. */
    public List<LaneLayer> exampleLayers() {
        List<LeakageExample> ex = examples();
        List<LaneLayer.Point> rows = new ArrayList<>();
        List<LaneLayer.Point> labels = new ArrayList<>();
        List<LaneLayer.Point> computed = new ArrayList<>();
        List<LaneLayer.Span> ahead = new ArrayList<>();
        for (int i = 0; i < ex.size(); i++) {
            LeakageExample e = ex.get(i);
            int lane = i;
            e.rowTime().ifPresent(t -> rows.add(new LaneLayer.Point(lane, Times.x(t), "prediction " + Times.minute(t))));
            e.labelTime().ifPresent(t -> labels.add(new LaneLayer.Point(lane, Times.x(t), "label " + Times.minute(t))));
            computed.add(new LaneLayer.Point(lane, Times.x(e.featureTime()), "feature computed "
                    + Times.minute(e.featureTime()) + " (" + Fmt.num(e.lookaheadHours(), 1) + " h later)"));
            Instant from = earlier(e.rowTime(), e.labelTime()).orElse(e.featureTime());
            ahead.add(new LaneLayer.Span(lane, Times.x(from), Times.x(e.featureTime()),
                    Fmt.num(e.lookaheadHours(), 1) + " h of lookahead"));
        }
        return List.of(LaneLayer.spans("lookahead", Palette.BAD, ahead),
                LaneLayer.points("prediction time", Palette.BLUE, rows),
                LaneLayer.points("label time", Palette.GREEN, labels),
                LaneLayer.points("feature computed", Palette.BAD, computed));
    }

    private static Optional<Instant> earlier(Optional<Instant> a, Optional<Instant> b) {
        if (a.isPresent() && b.isPresent()) {
            return Optional.of(a.get().isBefore(b.get()) ? a.get() : b.get());
        }
        return a.or(() -> b);
    }

    public static Set<String> states(LeakageTimeline l) {
        return l.violations() > 0 ? Set.of("bad") : Set.of();
    }
}
