package dev.mlwb.app.main;

import dev.mlwb.analysis.bundle.BundleException;
import dev.mlwb.analysis.check.CheckReport;
import dev.mlwb.analysis.check.CheckRun;
import dev.mlwb.analysis.report.ReportFormat;
import dev.mlwb.analysis.run.Analysis;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.time.TimeRange;
import dev.mlwb.app.overview.TimelineViewModel;
import dev.mlwb.app.detail.FindingDetailViewModel;
import dev.mlwb.app.nav.Navigation;
import dev.mlwb.app.notes.NotesStore;
import dev.mlwb.app.notes.NotesViewModel;
import dev.mlwb.analysis.notes.NotesFile;
import java.time.Clock;
import dev.mlwb.app.nav.Place;
import dev.mlwb.app.overview.OverviewViewModel;
import dev.mlwb.app.session.EvidenceIndex;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import dev.mlwb.app.findings.FindingsViewModel;
import dev.mlwb.app.session.AnalysisService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main window's state: the open incident's report and evidence index, the running analysis
 * (progress, message, cancel), where the analyst is (navigation), the shared time range, the
 * overview, findings list and detail models, the load issues, and presentation mode. Opening a
 * bundle runs in the background; the result reaches these properties once, on the FX thread.
 */
public final class MainViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(MainViewModel.class);

    private final AnalysisService service;
    private final FindingsViewModel findings = new FindingsViewModel();
    private final FindingDetailViewModel detail = new FindingDetailViewModel();
    private final NotesStore notesStore = new NotesStore();
    private final NotesViewModel notes;
    private final ReadOnlyObjectWrapper<CheckReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("No incident open");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper("Open a bundle folder or .zip (File > Open, or drop it here)");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Ready");
    private final ReadOnlyBooleanWrapper firstFindingsShown = new ReadOnlyBooleanWrapper();
    private final ObservableList<IssueItem> issues = FXCollections.observableArrayList();
    /** Problems with the open incident's notes file: kept while the report's own issues are replaced. */
    private final List<IssueItem> notesIssues = new ArrayList<>();
    private final Navigation navigation = new Navigation();
    private final ObjectProperty<TimeRange> timeRange = new SimpleObjectProperty<>();
    private final OverviewViewModel overview = new OverviewViewModel(timeRange);
    private final ReadOnlyObjectWrapper<EvidenceIndex> index = new ReadOnlyObjectWrapper<>(EvidenceIndex.empty());
    private final BooleanProperty presentation = new SimpleBooleanProperty(false);
    private final ReviewSession review;
    private Task<Analysis.Result> task;
    /** Whether the running analysis has shown a snapshot (so its result updates the views in place). */
    private boolean shownPartially;
    /** Whether the running analysis's timeline is shown (set on the FX thread, read where snapshots are prepared). */
    private volatile boolean timelineShown;

    public MainViewModel(AnalysisService service) {
        this.service = service;
        this.review = new ReviewSession(service, overview.story());
        notes = new NotesViewModel(notesStore, message -> {
            IssueItem item = new IssueItem(true, message);
            notesIssues.add(item);
            issues.add(item);
        }, Clock.systemUTC());
        findings.selectedProperty().addListener((obs, was, is) -> {
            if (is != null) {
                navigation.go(Place.finding(is));
            }
        });
        navigation.currentProperty().addListener((obs, was, is) -> arrive(is));
        timeRange.addListener((obs, was, is) -> {
            findings.setRange(is);
            if (detail.findingProperty().get() != null) {
                review.attribution().show(detail.findingProperty().get(), is);
            }
        });
        review.storyProperty().addListener((obs, was, is) -> detail.setStory(is));
    }

    private void arrive(Place place) {
        Finding f = place instanceof Place.FindingPlace p ? p.finding() : null;
        findings.selectedProperty().set(f);
        detail.show(f);
        notes.show(f);
        review.attribution().show(f, timeRange.get());
    }

    /** The bundle's folder or file name, as the header shows it. */
    static String bundleName(String bundle) {
        Path p = Path.of(bundle).getFileName();
        return p == null ? bundle : p.toString();
    }

    /** Goes to the next finding of the list (presentation clickers send Page Down). */
    public void nextFinding() {
        findings.next().ifPresent(f -> navigation.go(Place.finding(f)));
    }

    /** Goes to the previous finding of the list (Page Up), or back to the overview from the first. */
    public void previousFinding() {
        findings.previous().ifPresentOrElse(f -> navigation.go(Place.finding(f)),
                () -> navigation.go(Place.overview()));
    }

    /** What a snapshot of a running analysis shows, prepared off the FX thread. */
    private record Prepared(Analysis.Snapshot snapshot, EvidenceIndex index, Optional<TimelineViewModel> timeline) {
    }

    /**
     * Starts analysing a bundle in the background; a running analysis is cancelled first. The title,
     * sources and timeline appear once the bundle is loaded, and each check's findings as it finishes.
     */
    public void open(Path bundle) {
        cancel();
        timelineShown = false; // before the follower starts preparing this bundle's snapshots
        java.util.concurrent.atomic.AtomicReference<Task<Analysis.Result>> self = new java.util.concurrent.atomic.AtomicReference<>();
        Task<Analysis.Result> t = service.analyse(bundle, new AnalysisService.Snapshots<Prepared>() {
            @Override
            public Prepared prepare(Analysis.Snapshot s) {
                // the timeline chart is drawn once, with the first snapshot shown (not the first prepared: one may be
                // dropped), then again with every finding's windows when the analysis is done: rebuilding it as checks
                // finish would stall the window each time
                return new Prepared(s, new EvidenceIndex(s.report()),
                        timelineShown ? Optional.empty() : s.timeline().map(TimelineViewModel::new));
            }

            @Override
            public void show(Prepared p) {
                if (self.get() == task) {
                    showSnapshot(p);
                }
            }
        });
        self.set(t);
        task = t;
        shownPartially = false;
        running.set(true);
        progress.bind(t.progressProperty());
        status.bind(t.messageProperty());
        t.setOnSucceeded(e -> finished(t, () -> adopt(t.getValue())));
        t.setOnFailed(e -> finished(t, () -> failed(bundle, t.getException())));
        t.setOnCancelled(e -> finished(t, () -> status.set("Cancelled opening " + bundle.getFileName())));
    }

    private void finished(Task<Analysis.Result> t, Runnable then) {
        if (t != task) {
            return;
        }
        progress.unbind();
        status.unbind();
        progress.set(0);
        task = null;
        then.run();
        running.set(false);
    }

    /** Cancels the running analysis, if any. */
    public void cancel() {
        if (task != null) {
            task.cancel();
        }
    }

    /** A running analysis's findings so far; the first snapshot of a bundle replaces the previous incident. */
    private void showSnapshot(Prepared p) {
        CheckReport r = p.snapshot().report();
        if (!shownPartially) {
            shownPartially = true;
            arriveAt(r, new EvidenceIndex(r));
            overview.progress(r); // the same report, marked as a running analysis's
        } else {
            report.set(r);
            index.set(p.index());
            overview.progress(r);
            findings.update(r);
            showIssues(r);
        }
        p.timeline().ifPresent(t -> {
            overview.setTimeline(t);
            timelineShown = true;
        });
        review.waiting(p.snapshot().checksDone(), p.snapshot().checksTotal());
        subtitle.set(bundleName(r.bundle()) + "  ·  checking: " + p.snapshot().checksDone() + " of "
                + p.snapshot().checksTotal() + " checks done");
        if (!r.findings().isEmpty()) {
            firstFindingsShown.set(true);
        }
    }

    private void adopt(Analysis.Result result) {
        service.adopt(result);
        CheckReport r = result.report();
        if (shownPartially) {
            report.set(r);
            index.set(new EvidenceIndex(r));
            overview.update(r);
            findings.update(r);
            showIssues(r);
        } else {
            arriveAt(r, new EvidenceIndex(r));
        }
        subtitle.set(bundleName(r.bundle()) + "  ·  " + r.checks(CheckRun.Status.RAN).size() + " checks ran, "
                + r.checks(CheckRun.Status.SKIPPED).size() + " skipped");
        status.set(findings.countsProperty().get());
        firstFindingsShown.set(true);
        buildTimeline();
        int total = r.checks().size();
        review.waiting(total, total);
        review.tell(() -> report.get() == r, () -> { });
    }

    /** The incident checked again (live mode; the service adopted it), shown in place: selection and place stay. */
    public void showInPlace(CheckReport r) {
        report.set(r);
        index.set(new EvidenceIndex(r));
        overview.update(r);
        findings.replace(r);
        showIssues(r);
        navigation.follow(r.findings());
        status.set(findings.countsProperty().get());
        buildTimeline();
        review.tell(() -> report.get() == r, () -> { });
    }

    /** Shows a newly opened incident: its report, at the overview, with no time range selected and its notes. */
    private void arriveAt(CheckReport r, EvidenceIndex evidence) {
        report.set(r);
        title.set(r.title());
        notesIssues.clear();
        showIssues(r);
        timeRange.set(null);
        index.set(evidence);
        overview.setReport(r);
        findings.setReport(r);
        navigation.reset(Place.overview());
        notes.open(NotesFile.of(Path.of(r.bundle())));
    }

    private void showIssues(CheckReport r) {
        List<IssueItem> all = new ArrayList<>(r.loadIssues().stream().map(IssueItem::of).toList());
        all.addAll(notesIssues);
        issues.setAll(all);
    }

    /**
     * The timeline needs a few queries: they run on the analysis thread, which also prepares what the
     * chart draws, and the answer arrives once.
     */
    private void buildTimeline() {
        Task<TimelineViewModel> t = service.query("incident timeline", r -> new TimelineViewModel(r.timeline()));
        CheckReport forReport = report.get();
        t.setOnSucceeded(e -> {
            if (report.get() == forReport) {
                overview.setTimeline(t.getValue());
            }
        });
        t.setOnFailed(e -> {
            LOG.warn("the incident timeline could not be built", t.getException());
            overview.timelineFailed(t.getException() == null ? "unknown error" : t.getException().getMessage());
        });
    }

    private void failed(Path bundle, Throwable e) {
        String message = e instanceof BundleException ? e.getMessage()
                : bundle + ": could not be analysed: " + (e == null ? "unknown error" : e.getMessage());
        if (!(e instanceof BundleException)) {
            LOG.warn("analysis of {} failed", bundle, e);
        }
        issues.add(0, new IssueItem(true, message));
        status.set("Could not open " + bundle.getFileName() + " (see Load issues)");
    }

    /**
     * Writes the open report in a format with its story, timeline, what explains each finding and the notes,
     * atomically, off the FX thread; {@code failed} gets the error, if any.
     */
    public void export(Path target, ReportFormat format, java.util.function.Consumer<String> failed) {
        if (report.get() == null || running.get()) {
            failed.accept(report.get() == null ? "No incident is open." : "The checks are still running.");
            return;
        }
        status.set("Saving " + target.getFileName() + "…");
        review.export(target, format, notes.notes(), error -> error.ifPresentOrElse(e -> {
            status.set("Could not save " + target.getFileName());
            failed.accept(e);
        }, () -> status.set("Saved " + target.getFileName())));
    }

    /** What explains the open finding's window (or the selected range). */
    public dev.mlwb.app.story.AttributionViewModel attribution() {
        return review.attribution();
    }

    /** The open incident's story, once every check is done (null before). */
    public ReadOnlyObjectProperty<dev.mlwb.analysis.story.Story> storyProperty() {
        return review.storyProperty();
    }

    /** Saves pending notes and waits (a few seconds at most) for the saves to finish; for closing the window. */
    public void close() {
        notes.save();
        notesStore.close();
    }

    /** The analyst's note on the selected finding. */
    public NotesViewModel notes() {
        return notes;
    }

    public Navigation navigation() {
        return navigation;
    }

    /** The time range the analyst selected (null: all of it); every time chart and the findings list follow it. */
    public ObjectProperty<TimeRange> timeRangeProperty() {
        return timeRange;
    }

    public OverviewViewModel overview() {
        return overview;
    }

    /** The open report's evidence by check and subject. */
    public ReadOnlyObjectProperty<EvidenceIndex> indexProperty() {
        return index.getReadOnlyProperty();
    }

    /** Presentation mode: larger type, high contrast, chrome hidden. */
    public BooleanProperty presentationProperty() {
        return presentation;
    }

    public void togglePresentation() {
        presentation.set(!presentation.get());
    }

    public FindingsViewModel findings() {
        return findings;
    }

    public FindingDetailViewModel detail() {
        return detail;
    }

    public ObservableList<IssueItem> issues() {
        return issues;
    }

    public ReadOnlyObjectProperty<CheckReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty subtitleProperty() {
        return subtitle.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True once the first incident's findings are on screen (for the start-up measurement). */
    public ReadOnlyBooleanProperty firstFindingsShownProperty() {
        return firstFindingsShown.getReadOnlyProperty();
    }
}
