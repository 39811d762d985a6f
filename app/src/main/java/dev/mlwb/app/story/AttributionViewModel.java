package dev.mlwb.app.story;

import dev.mlwb.analysis.attribution.Attribution;
import dev.mlwb.analysis.attribution.Contribution;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.time.TimeRange;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "What explains this window" for the open finding: every slice value and categorical feature value ranked by
 * how much of the difference against the baseline it accounts for (beyond its share of traffic), with its share
 * of traffic; recomputed when the analyst selects a time range on a chart. The numbers come from DuckDB on the
 * analysis thread ({@link Source}); a late answer for a finding no longer shown is dropped.
 */
public final class AttributionViewModel {
    static final int SHOWN = 12;

    private final Source source;
    private final ReadOnlyObjectWrapper<Attribution> attribution = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper("");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private long asked;

    /** Computes an attribution off the FX thread and hands the answer back on it. */
    @FunctionalInterface
    public interface Source {
        /**
         * @param done receives the attribution, or empty when the finding's metric cannot be split
         * @param failed receives why it failed
         */
        void attribute(Finding f, Optional<TimeRange> range, Consumer<Optional<Attribution>> done,
                       Consumer<String> failed);
    }

    /**
     * One value's line of the table.
     *
     * @param moved its contribution in display units (percentage points for rates)
     */
    public record Row(String value, double moved, double share, String contribution, String accounts, String traffic,
                      String metric, String rateEffect, String mixEffect, String beyond) {
    }

    public AttributionViewModel(Source source) {
        this.source = source;
    }

    /** Asks what explains a finding's window (or the selected range on its chart); null clears. */
    public void show(Finding f, TimeRange range) {
        long ticket = ++asked;
        attribution.set(null);
        rows.clear();
        headline.set("");
        if (f == null) {
            status.set("");
            return;
        }
        status.set("Working out what explains " + (range == null ? "this finding's window" : "the selected range") + "…");
        source.attribute(f, Optional.ofNullable(range), a -> {
            if (ticket == asked) {
                set(a);
            }
        }, why -> {
            if (ticket == asked) {
                status.set("Could not work out what explains this window: " + why);
            }
        });
    }

    void set(Optional<Attribution> a) {
        if (a.isEmpty() || a.get().ranked().isEmpty() || !Double.isFinite(a.get().difference())) {
            status.set("Nothing to split here: this finding's metric has no slice or categorical column to rank by, "
                    + "or one of the groups compared is empty.");
            return;
        }
        Attribution x = a.get();
        status.set("");
        attribution.set(x);
        headline.set(headline(x));
        rows.setAll(x.ranked().stream().limit(SHOWN).map(c -> row(x, c)).toList());
    }

    static String headline(Attribution a) {
        boolean against = a.direction() * a.difference() < 0;
        return a.metricLabel() + ": " + value(a, a.currentValue()) + " in " + a.current() + " against "
                + value(a, a.baselineValue()) + " in " + a.baseline() + " (" + effect(a, a.difference()) + "). Ranked by "
                + "how much each value pushed it " + (a.direction() > 0 ? "up" : "down") + " beyond its share of traffic"
                + (against ? "; the whole moved the other way, so these values are hidden in the aggregate." : ".");
    }

    /** The unit of the bars: percentage points for rates. */
    public String unit() {
        return attribution.get() != null && attribution.get().percent() ? "pp" : "";
    }

    static Row row(Attribution a, Contribution c) {
        return new Row(c.slice(), a.percent() ? c.contribution() * 100 : c.contribution(), c.shareOfDifference(),
                effect(a, c.contribution()), pct(c.shareOfDifference()), pct(c.currentShare()) + " / "
                + pct(c.baselineShare()), value(a, c.currentRate()) + " / " + value(a, c.baselineRate()),
                effect(a, c.rateEffect()), effect(a, c.mixEffect()), effect(a, c.excess()));
    }

    private static String pct(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.1f%%", v * 100) : "—";
    }

    private static String value(Attribution a, double v) {
        if (!Double.isFinite(v)) {
            return "—";
        }
        return a.percent() ? String.format(Locale.ROOT, "%.2f%%", v * 100) : String.format(Locale.ROOT, "%.4g", v);
    }

    private static String effect(Attribution a, double v) {
        return a.percent() ? String.format(Locale.ROOT, "%+.3f pp", v * 100) : String.format(Locale.ROOT, "%+.4g", v);
    }

    /** The bars: the values shown and how much each moved the metric (percentage points for rates). */
    public List<String> labels() {
        return rows.stream().map(Row::value).toList();
    }

    public double[] moved() {
        return rows.stream().mapToDouble(Row::moved).toArray();
    }

    public ReadOnlyObjectProperty<Attribution> attributionProperty() {
        return attribution.getReadOnlyProperty();
    }

    /** What is being done, or why there is nothing to show; empty when the ranking is shown. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    public ObservableList<Row> rows() {
        return rows;
    }
}
