package dev.mlwb.app.main;

import dev.mlwb.analysis.bundle.BundleException;
import dev.mlwb.analysis.check.CheckReport;
import dev.mlwb.analysis.check.CheckRun;
import dev.mlwb.analysis.report.AtomicFiles;
import dev.mlwb.analysis.report.ReportFormat;
import dev.mlwb.analysis.run.Analysis;
import dev.mlwb.app.detail.FindingDetailViewModel;
import dev.mlwb.app.findings.FindingsViewModel;
import dev.mlwb.app.session.AnalysisService;
import java.io.IOException;
import java.nio.file.Path;
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
 * The main window's state: the open incident's report, the running analysis (progress, message,
 * cancel), the findings list and detail models, and the load issues. Opening a bundle runs in the
 * background; the result reaches these properties once, on the FX thread.
 */
public final class MainViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(MainViewModel.class);

    private final AnalysisService service;
    private final FindingsViewModel findings = new FindingsViewModel();
    private final FindingDetailViewModel detail = new FindingDetailViewModel();
    private final ReadOnlyObjectWrapper<CheckReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("No incident open");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper("Open a bundle folder or .zip (File > Open, or drop it here)");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Ready");
    private final ReadOnlyBooleanWrapper firstFindingsShown = new ReadOnlyBooleanWrapper();
    private final ObservableList<IssueItem> issues = FXCollections.observableArrayList();
    private Task<Analysis.Result> task;

    public MainViewModel(AnalysisService service) {
        this.service = service;
        findings.selectedProperty().addListener((obs, was, is) -> detail.show(is));
    }

    /** Starts analysing a bundle in the background; a running analysis is cancelled first. */
    public void open(Path bundle) {
        cancel();
        Task<Analysis.Result> t = service.analyse(bundle);
        task = t;
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

    private void adopt(Analysis.Result result) {
        service.adopt(result);
        CheckReport r = result.report();
        report.set(r);
        title.set(r.title());
        subtitle.set(r.bundle() + "  ·  " + r.checks(CheckRun.Status.RAN).size() + " checks ran, "
                + r.checks(CheckRun.Status.SKIPPED).size() + " skipped");
        issues.setAll(r.loadIssues().stream().map(IssueItem::of).toList());
        findings.setReport(r);
        status.set(findings.countsProperty().get());
        firstFindingsShown.set(true);
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

    /** Writes the open report in a format, atomically. */
    public Optional<String> export(Path target, ReportFormat format) {
        CheckReport r = report.get();
        if (r == null) {
            return Optional.of("No incident is open.");
        }
        try {
            AtomicFiles.write(target, format.render(r, false));
            status.set("Saved " + target.getFileName());
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("Could not write " + target + ": " + e.getMessage());
        }
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
