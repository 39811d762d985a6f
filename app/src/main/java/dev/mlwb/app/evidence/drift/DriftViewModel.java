package dev.mlwb.app.evidence.drift;

import dev.mlwb.analysis.evidence.DriftOverTime;
import dev.mlwb.analysis.evidence.DriftWindow;
import dev.mlwb.analysis.evidence.HistogramBin;
import dev.mlwb.analysis.evidence.HistogramPair;
import dev.mlwb.analysis.format.Fmt;
import dev.mlwb.app.chart.Palette;
import dev.mlwb.app.chart.model.Bars;
import dev.mlwb.app.chart.model.Line;
import dev.mlwb.app.chart.model.Mark;
import dev.mlwb.app.evidence.Times;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Drift of every compared feature, worst first, and the selected one's distributions: overlaid
 * reference and current histograms on the shared bins (numeric), or bars per category with the
 * unseen ones in vermillion (categorical), and its PSI per time window.
 */
public final class DriftViewModel {
    private final List<DriftItem> items;
    private final ObjectProperty<DriftItem> selected = new SimpleObjectProperty<>();

    /**
     * @param shown the pairs the finding (or link) is about; the first, or the focused one, is selected
     * @param peers every pair the drift check computed (the other features of the same comparisons)
     * @param overTime drift per window, matched to pairs by subject and comparison
     * @param focus a feature (or {@code score}) to select
     */
    public DriftViewModel(List<HistogramPair> shown, List<HistogramPair> peers, List<DriftOverTime> overTime,
                          Optional<String> focus) {
        Set<String> comparisons = new LinkedHashSet<>();
        shown.forEach(p -> comparisons.add(p.reference() + "→" + p.current()));
        Set<HistogramPair> all = new LinkedHashSet<>(shown);
        peers.stream().filter(p -> comparisons.contains(p.reference() + "→" + p.current())).forEach(all::add);
        items = all.stream().map(p -> new DriftItem(p, overTime.stream().filter(d -> d.subject().equals(p.subject())
                        && d.reference().equals(p.reference()) && d.current().equals(p.current())).findFirst()))
                .sorted(Comparator.comparingDouble((DriftItem i) -> worst(i)).reversed()).toList();
        HistogramPair first = focus.flatMap(f -> shown.stream().filter(p -> p.subject().equals(f)).findFirst())
                .or(() -> focus.flatMap(f -> all.stream().filter(p -> p.subject().equals(f)).findFirst()))
                .orElse(shown.isEmpty() ? null : shown.get(0));
        selected.set(items.stream().filter(i -> i.pair() == first).findFirst().orElse(items.isEmpty() ? null
                : items.get(0)));
    }

    private static double worst(DriftItem i) {
        double p = Double.isNaN(i.pair().psi()) ? -1 : i.pair().psi();
        double w = i.maxWindowPsi();
        return Double.isNaN(w) ? p : Math.max(p, w);
    }

    public String title() {
        DriftItem s = selected.get();
        return s == null ? "Drift" : "Drift, " + s.comparison();
    }

    public String caption() {
        return "Every compared feature, worst first (PSI on the reference's deciles, one bin per category; "
                + "KS for numeric, Jensen–Shannon for categorical features). Select a row to see its distributions.";
    }

    public List<DriftItem> items() {
        return items;
    }

    public ObjectProperty<DriftItem> selectedProperty() {
        return selected;
    }

    public boolean selectedIsNumeric() {
        return selected.get() != null && selected.get().pair().kind().equals("numeric");
    }

    /** The heading over the selected feature's charts. */
    public String selectedHeading() {
        DriftItem s = selected.get();
        if (s == null) {
            return "";
        }
        HistogramPair p = s.pair();
        return s.name() + ": " + p.reference() + " (" + Fmt.count(p.referenceRows()) + " rows) vs " + p.current()
                + " (" + Fmt.count(p.currentRows()) + " rows), PSI " + Fmt.num(p.psi(), 3) + ", " + s.distance()
                + nulls(p);
    }

    private static String nulls(HistogramPair p) {
        double r = p.referenceRows() == 0 ? 0 : (double) p.referenceNulls() / p.referenceRows();
        double c = p.currentRows() == 0 ? 0 : (double) p.currentNulls() / p.currentRows();
        return r == 0 && c == 0 ? "" : ", missing " + Fmt.pct(r) + " → " + Fmt.pct(c);
    }

    /** The shared bins, in order: the reference's decile ranges, or the categories. */
    public List<String> categories() {
        DriftItem s = selected.get();
        return s == null ? List.of() : s.pair().bins().stream().map(HistogramBin::label).toList();
    }

    /**
     * Both distributions overlaid on the shared bins (share of rows, %): the reference as wide blue
     * bars, the current dataset as narrower orange bars over them, unseen categories in vermillion.
     */
    public List<Bars> bars() {
        DriftItem s = selected.get();
        if (s == null) {
            return List.of();
        }
        HistogramPair p = s.pair();
        List<HistogramBin> bins = p.bins();
        double[] ref = bins.stream().mapToDouble(b -> 100 * b.referenceShare()).toArray();
        double[] known = bins.stream().mapToDouble(b -> b.unseen() ? Double.NaN : 100 * b.currentShare()).toArray();
        double[] unseen = bins.stream().mapToDouble(b -> b.unseen() ? 100 * b.currentShare() : Double.NaN).toArray();
        List<String> tips = bins.stream().map(b -> b.label() + (b.unseen() ? " (unseen)" : "") + ": "
                + Fmt.pct(b.referenceShare()) + " of " + p.reference() + ", " + Fmt.pct(b.currentShare()) + " of "
                + p.current() + " (PSI term " + Fmt.num(b.psiContribution(), 4) + ")").toList();
        List<Bars> out = new ArrayList<>();
        out.add(new Bars(p.reference() + " (reference)", Palette.REFERENCE, ref, 0, tips));
        out.add(new Bars(p.current() + " (current)", Palette.CURRENT, known, 0, tips).narrowed(0.5));
        if (bins.stream().anyMatch(HistogramBin::unseen)) {
            out.add(new Bars(p.current() + ", unseen category", Palette.BAD, unseen, 0, tips).narrowed(0.5));
        }
        return out;
    }

    /** What the bars are, in words. */
    public String histogramCaption() {
        return selectedIsNumeric() ? "Share of rows per bin (the reference's deciles): reference wide, current narrow"
                : "Share of rows per category: reference wide, current narrow, unseen categories in vermillion";
    }

    /** Whether drift per window exists for the selected feature. */
    public boolean hasOverTime() {
        return selected.get() != null && selected.get().overTime().isPresent();
    }

    /** PSI per window (judged windows joined by a line; windows with too few rows as grey markers). */
    public List<Line> overTimeLines() {
        Optional<DriftOverTime> d = selected.get() == null ? Optional.empty() : selected.get().overTime();
        if (d.isEmpty()) {
            return List.of();
        }
        List<DriftWindow> ws = d.get().windows();
        double[] x = ws.stream().mapToDouble(w -> (Times.x(w.start()) + Times.x(w.end())) / 2).toArray();
        double[] judged = ws.stream().mapToDouble(w -> w.judged() ? w.psi() : Double.NaN).toArray();
        double[] thin = ws.stream().mapToDouble(w -> w.judged() ? Double.NaN : nz(w.psi())).toArray();
        List<String> labels = ws.stream().map(w -> Times.minute(w.start()) + ": PSI " + Fmt.num(w.psi(), 3) + ", "
                + Fmt.count(w.rows()) + " rows" + (w.judged() ? "" : " (too few to judge)")).toList();
        Line line = new Line("PSI per window", Palette.CURRENT, x, judged, labels, Line.Look.LINE_AND_MARKERS);
        return ws.stream().allMatch(DriftWindow::judged) ? List.of(line)
                : List.of(line, new Line("too few rows to judge", Palette.GREY, x, thin, labels, Line.Look.MARKERS));
    }

    private static double nz(double v) {
        return Double.isNaN(v) ? 0 : v;
    }

    public List<Mark> overTimeMarks() {
        Optional<DriftOverTime> d = selected.get() == null ? Optional.empty() : selected.get().overTime();
        return d.map(o -> List.of(Mark.yLine(o.warning(), "warning " + Fmt.num(o.warning(), 2), "mark-warning"),
                Mark.yLine(o.critical(), "critical " + Fmt.num(o.critical(), 2), "mark-critical"))).orElse(List.of());
    }

    public String overTimeCaption() {
        return selected.get() == null ? "" : selected.get().overTime().map(o -> "PSI per "
                + Times.seconds(o.windowSeconds()) + " window of " + o.current() + " against all of " + o.reference()
                + " (windows under " + Fmt.count(o.minRows()) + " rows are not judged)").orElse("");
    }
}
