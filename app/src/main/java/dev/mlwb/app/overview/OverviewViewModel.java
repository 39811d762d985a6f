package dev.mlwb.app.overview;

import dev.mlwb.analysis.check.CheckReport;
import dev.mlwb.analysis.check.CheckRun;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.format.Fmt;
import dev.mlwb.analysis.time.TimeRange;
import dev.mlwb.analysis.timeline.IncidentTimeline;
import dev.mlwb.app.story.FeatureMatrixViewModel;
import dev.mlwb.app.story.StoryViewModel;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The incident overview: what the incident is, its findings grouped by severity, every check
 * (ran, found, skipped for lack of evidence, failed), and the incident timeline, whose zoom
 * selects the time range that filters the findings list and every time chart.
 */
public final class OverviewViewModel {
    private final ObjectProperty<TimeRange> timeRange;
    private final ReadOnlyObjectWrapper<CheckReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<TimelineViewModel> timeline = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper timelineStatus = new ReadOnlyStringWrapper("");
    private boolean inProgress;
    private final StoryViewModel story = new StoryViewModel();

    public OverviewViewModel(ObjectProperty<TimeRange> timeRange) {
        this.timeRange = timeRange;
    }

    /** Shows a new incident; its timeline follows when it has been built. */
    public void setReport(CheckReport r) {
        inProgress = false;
        timeline.set(null);
        timelineStatus.set("Building the timeline…");
        report.set(r);
    }

    /** Shows the same incident's complete report (a finished analysis, a live re-check), keeping the timeline. */
    public void update(CheckReport r) {
        inProgress = false;
        report.set(r);
    }

    /** Shows the report of a running analysis's checks done so far; the page may wait a moment to redraw. */
    public void progress(CheckReport r) {
        inProgress = true;
        report.set(r);
    }

    /** Whether the report shown is a running analysis's partial report. */
    public boolean inProgress() {
        return inProgress;
    }

    public void setTimeline(IncidentTimeline t) {
        setTimeline(new TimelineViewModel(t));
    }

    /** Shows a timeline prepared off the FX thread. */
    public void setTimeline(TimelineViewModel vm) {
        timelineStatus.set(vm.isEmpty() ? "No timestamped events or findings to draw." : vm.caption());
        timeline.set(vm.isEmpty() ? null : vm);
    }

    /** The story the overview opens on: the likely root cause and what it explains. */
    public StoryViewModel story() {
        return story;
    }

    /** The feature health matrix of the report shown. */
    public FeatureMatrixViewModel matrix() {
        return new FeatureMatrixViewModel(report.get() == null
                ? new CheckReport("", "", "", List.of(), List.of(), List.of()) : report.get());
    }

    public void timelineFailed(String why) {
        timelineStatus.set("The timeline could not be built: " + why);
    }

    public ReadOnlyObjectProperty<CheckReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TimelineViewModel> timelineProperty() {
        return timeline.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty timelineStatusProperty() {
        return timelineStatus.getReadOnlyProperty();
    }

    public String title() {
        return report.get() == null ? "" : report.get().title();
    }

    public String description() {
        return report.get() == null ? "" : report.get().description();
    }

    /** The findings of one severity, most severe first as the checks ordered them. */
    public List<Finding> findings(Severity s) {
        return report.get() == null ? List.of() : report.get().findings().stream().filter(f -> f.severity() == s)
                .toList();
    }

    /** {@code 4 critical}, {@code 1 warning}, {@code 0 info}. */
    public static String count(Severity s, long n) {
        return n + " " + (s == Severity.WARNING && n != 1 ? "warnings" : s.key());
    }

    /** Every check, the ones that found something first, the skipped ones last. */
    public List<CheckItem> checks() {
        CheckReport r = report.get();
        if (r == null) {
            return List.of();
        }
        return r.checks().stream().map(c -> new CheckItem(c, r.findings(c.id()).size()))
                .sorted(Comparator.comparingInt(CheckItem::rank)).toList();
    }

    /** {@code 12 checks ran (3 found something), 7 skipped for lack of evidence, 0 failed}. */
    public String checksSummary() {
        CheckReport r = report.get();
        if (r == null) {
            return "";
        }
        long found = r.checks(CheckRun.Status.RAN).stream().filter(c -> !r.findings(c.id()).isEmpty()).count();
        return r.checks(CheckRun.Status.RAN).size() + " checks ran (" + found + " found something), "
                + r.checks(CheckRun.Status.SKIPPED).size() + " skipped for lack of evidence, "
                + r.checks(CheckRun.Status.FAILED).size() + " failed";
    }

    /** Selects a time range (epoch seconds), as zooming the timeline does. */
    public void selectRange(double fromSeconds, double toSeconds) {
        if (!(toSeconds > fromSeconds)) {
            return;
        }
        TimeRange r = new TimeRange(Instant.ofEpochMilli(Math.round(fromSeconds * 1000)),
                Instant.ofEpochMilli(Math.round(toSeconds * 1000)));
        if (!r.equals(timeRange.get())) {
            timeRange.set(r);
        }
    }

    public void clearRange() {
        timeRange.set(null);
    }

    public ObjectProperty<TimeRange> timeRangeProperty() {
        return timeRange;
    }

    /** What the range selection does, in words. */
    public StringBinding rangeText() {
        return Bindings.createStringBinding(() -> timeRange.get() == null
                ? "Zoom into the timeline (drag a rectangle or turn the wheel) to filter the findings to a time range."
                : "Findings and time charts limited to " + Fmt.period(timeRange.get()) + ".", timeRange);
    }
}
