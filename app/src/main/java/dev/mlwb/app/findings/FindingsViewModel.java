package dev.mlwb.app.findings;

import dev.mlwb.analysis.check.CheckReport;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Severity;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The findings of the open report, most severe first, with counts per severity and the selection. */
public final class FindingsViewModel {
    private final ObservableList<FindingItem> items = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Finding> selected = new SimpleObjectProperty<>();

    public void setReport(CheckReport report) {
        items.setAll(report.findings().stream().map(FindingItem::new).toList());
        counts.set(counts(report));
        selected.set(report.findings().isEmpty() ? null : report.findings().get(0));
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

    public ObservableList<FindingItem> items() {
        return items;
    }

    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** The finding whose detail is shown. */
    public ObjectProperty<Finding> selectedProperty() {
        return selected;
    }
}
