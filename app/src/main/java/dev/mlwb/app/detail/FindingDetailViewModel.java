package dev.mlwb.app.detail;

import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.evidence.Evidence;
import dev.mlwb.analysis.format.Fmt;
import dev.mlwb.analysis.story.ChainLink;
import dev.mlwb.analysis.story.Story;
import dev.mlwb.analysis.story.StoryWords;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
    private final ReadOnlyStringWrapper started = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Finding> explainedBy = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper explainedWhy = new ReadOnlyStringWrapper("");
    private Story story;

    /** The incident's story, once told (null before): the finding's onset and what explains it. */
    public void setStory(Story s) {
        story = s;
        showStory(finding.get());
    }

    private void showStory(Finding f) {
        if (f == null || story == null) {
            started.set(f == null ? "" : "When it started is worked out once every check is done.");
            explainedBy.set(null);
            explainedWhy.set("");
            return;
        }
        started.set(StoryWords.started(story.onset(f)) + story.onset(f).map(o -> " · " + StoryWords.how(o)).orElse(""));
        Optional<ChainLink> link = story.chainOf(f).flatMap(c -> c.link(f));
        explainedBy.set(link.map(ChainLink::parent).orElse(null));
        explainedWhy.set(link.map(ChainLink::reason).orElse(story.chainOf(f).filter(c -> c.root() == f)
                .map(c -> story.likely().filter(l -> l == c).isPresent() ? "The likely root cause of this incident."
                        : "A root cause of its own: no other finding explains it.").orElse("")));
    }

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
            showStory(null);
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
        showStory(f);
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
        return Fmt.measure(v);
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

    /** When the finding's problem started, and how that was worked out. */
    public ReadOnlyStringProperty startedProperty() {
        return started.getReadOnlyProperty();
    }

    /** The finding that explains this one, if any. */
    public ReadOnlyObjectProperty<Finding> explainedByProperty() {
        return explainedBy.getReadOnlyProperty();
    }

    /** Why it is explained by that finding, or that it is a root cause. */
    public ReadOnlyStringProperty explainedWhyProperty() {
        return explainedWhy.getReadOnlyProperty();
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
