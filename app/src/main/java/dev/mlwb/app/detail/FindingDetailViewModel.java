package dev.mlwb.app.detail;

import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.evidence.Evidence;
import dev.mlwb.analysis.format.Fmt;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The texts and lists the detail pane shows for one finding. */
public final class FindingDetailViewModel {
    private final ReadOnlyObjectWrapper<Finding> finding = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper remedy = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper when = new ReadOnlyStringWrapper("");
    private final ObservableList<Subject> subjects = FXCollections.observableArrayList();
    private final ObservableList<MeasureItem> measures = FXCollections.observableArrayList();
    private final ObservableList<Evidence> evidence = FXCollections.observableArrayList();
    private boolean keepsPlace;

    /** Shows a finding, or clears the pane for null. */
    public void show(Finding f) {
        Finding was = finding.get();
        keepsPlace = f != null && was != null && f != was
                && dev.mlwb.analysis.live.FindingChanges.identity(f).equals(dev.mlwb.analysis.live.FindingChanges.identity(was));
        finding.set(f);
        if (f == null) {
            title.set("");
            verdict.set("");
            summary.set("");
            remedy.set("");
            when.set("");
            subjects.clear();
            measures.clear();
            evidence.clear();
            return;
        }
        title.set(f.title());
        verdict.set(f.severity().name() + "  ·  " + f.check());
        summary.set(f.summary());
        remedy.set(f.remedy());
        when.set(when(f));
        subjects.setAll(f.subjects());
        measures.setAll(f.measures().entrySet().stream().map(FindingDetailViewModel::item).toList());
        evidence.setAll(f.evidence());
    }

    /**
     * Whether the finding shown is a newer version of the one shown before (the incident was checked
     * again): the view then keeps its scroll position instead of going back to the top.
     */
    public boolean keepsPlace() {
        return keepsPlace;
    }

    /** When the finding held: {@code Held Jan 15 09:00–11:00 UTC and Jan 15 13:00–14:00 UTC}. */
    static String when(Finding f) {
        if (f.windows().isEmpty()) {
            return "";
        }
        return "Held " + Fmt.periods(f.windows(), 4) + ".";
    }

    static MeasureItem item(Map.Entry<String, Double> e) {
        return new MeasureItem(e.getKey().replace('_', ' '), format(e.getKey(), e.getValue()));
    }

    /** Shares and rates as percentages, p-values in scientific form, the rest with four digits. */
    public static String format(String name, double v) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.contains("pvalue")) {
            return Fmt.p(v).replace("p = ", "").replace("p < ", "< ");
        }
        if (n.equals("relative_change")) {
            return Fmt.change(v);
        }
        if (n.endsWith("_rate")) {
            return Double.isNaN(v) ? "n/a" : Fmt.num(v * 100, 2) + "%";
        }
        if (n.endsWith("_share")) {
            return Fmt.pct(v);
        }
        if (Math.abs(v) >= 1000 && v == Math.rint(v)) {
            return Fmt.count(v);
        }
        return Fmt.num(v, 4);
    }

    public ReadOnlyObjectProperty<Finding> findingProperty() {
        return finding.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty whenProperty() {
        return when.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty remedyProperty() {
        return remedy.getReadOnlyProperty();
    }

    public ObservableList<Subject> subjects() {
        return subjects;
    }

    public ObservableList<MeasureItem> measures() {
        return measures;
    }

    public ObservableList<Evidence> evidence() {
        return evidence;
    }
}
