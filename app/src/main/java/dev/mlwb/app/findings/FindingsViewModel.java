package dev.mlwb.app.findings;

import dev.mlwb.analysis.check.CheckReport;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.format.Fmt;
import dev.mlwb.analysis.time.TimeRange;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The findings of the open report, most severe first, with counts per severity and the selection;
 * while a time range is selected, only the findings that held in it (their windows overlap it).
 */
public final class FindingsViewModel {
    private final ObservableList<FindingItem> items = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper filterNote = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Finding> selected = new SimpleObjectProperty<>();
    private List<Finding> all = List.of();
    private TimeRange range;

    /** Shows a new report's findings, with nothing selected. */
    public void setReport(CheckReport report) {
        all = report.findings();
        selected.set(null);
        counts.set(counts(report));
        apply();
    }

    /**
     * Shows more findings of the same incident (a running analysis's next checks) keeping the
     * selection: findings already listed stay where they are, new ones are inserted in their places.
     */
    public void update(CheckReport report) {
        all = report.findings();
        counts.set(counts(report));
        apply();
    }

    /**
     * Shows the findings of the same incident checked again (live mode): a finding is the same when its
     * check and subjects are, so rows that stay are replaced where they are, cleared ones removed and
     * new ones inserted; the selection moves to the new version of the selected finding (or is cleared
     * when it cleared). Returns that new version.
     */
    public Optional<Finding> replace(CheckReport report) {
        Finding was = selected.get();
        all = report.findings();
        counts.set(counts(report));
        List<Finding> shown = range == null ? all : all.stream().filter(f -> heldIn(f, range)).toList();
        FindingsPatch.apply(items, shown);
        int hidden = all.size() - shown.size();
        filterNote.set(range == null ? "" : "In " + Fmt.period(range) + ": " + shown.size() + " of " + all.size()
                + (hidden == 0 ? "" : " (" + hidden + " held at other times or are not tied to a time)"));
        return was == null ? Optional.empty() : all.stream().filter(f -> FindingsPatch.sameFinding(f, was)).findFirst();
    }

    /** Limits the list to the findings that held in a range; null shows them all. */
    public void setRange(TimeRange r) {
        range = r;
        apply();
    }

    private void apply() {
        List<Finding> shown = range == null ? all : all.stream().filter(f -> heldIn(f, range)).toList();
        patch(shown);
        int hidden = all.size() - shown.size();
        filterNote.set(range == null ? "" : "In " + Fmt.period(range) + ": " + shown.size() + " of " + all.size()
                + (hidden == 0 ? "" : " (" + hidden + " held at other times or are not tied to a time)"));
    }

    /**
     * Makes the items show these findings: when every item shown is still among them in the same order,
     * only the new ones are inserted (the list's selection and scroll position stay); otherwise all are replaced.
     */
    private void patch(List<Finding> shown) {
        int at = 0;
        List<Integer> insertAt = new java.util.ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            if (at < items.size() && items.get(at).finding() == shown.get(i)) {
                at++;
            } else {
                insertAt.add(i);
            }
        }
        if (at < items.size() || items.isEmpty()) {
            items.setAll(shown.stream().map(FindingItem::new).toList());
            return;
        }
        for (int i : insertAt) {
            items.add(i, new FindingItem(shown.get(i)));
        }
    }

    /** Whether a finding held in a range: one of its windows overlaps it. */
    static boolean heldIn(Finding f, TimeRange r) {
        return f.windows().stream().anyMatch(w -> w.overlaps(r) || r.contains(w.start()));
    }

    /** {@code 2 critical · 1 warning · 0 info}, or that nothing was found. */
    static String counts(CheckReport report) {
        if (report.findings().isEmpty()) {
            return "No findings";
        }
        long w = report.count(Severity.WARNING);
        return report.count(Severity.CRITICAL) + " critical · " + w + (w == 1 ? " warning" : " warnings") + " · "
                + report.count(Severity.INFO) + " info";
    }

    /** The finding after the selected one in the list (the first when none is selected), if any. */
    public Optional<Finding> next() {
        return step(1);
    }

    /** The finding before the selected one (the last when none is selected), if any. */
    public Optional<Finding> previous() {
        return step(-1);
    }

    private Optional<Finding> step(int by) {
        if (items.isEmpty()) {
            return Optional.empty();
        }
        int at = -1;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).finding() == selected.get()) {
                at = i;
            }
        }
        int to = at < 0 ? (by > 0 ? 0 : items.size() - 1) : at + by;
        return to < 0 || to >= items.size() ? Optional.empty() : Optional.of(items.get(to).finding());
    }

    public ObservableList<FindingItem> items() {
        return items;
    }

    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** While a range is selected: how many findings held in it. */
    public ReadOnlyStringProperty filterNoteProperty() {
        return filterNote.getReadOnlyProperty();
    }

    /** The finding whose detail is shown. */
    public ObjectProperty<Finding> selectedProperty() {
        return selected;
    }
}
