package dev.mlwb.app.live;

import dev.mlwb.analysis.check.CheckReport;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.data.LoadIssue;
import dev.mlwb.analysis.live.BundleInputs;
import dev.mlwb.analysis.live.FindingChanges;
import dev.mlwb.analysis.live.LiveMonitor;
import dev.mlwb.analysis.run.Analysis;
import dev.mlwb.app.main.MainViewModel;
import dev.mlwb.app.session.AnalysisService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.concurrent.Task;

/**
 * Live mode: while it is on, the open bundle is watched (its files, and its live sources on their
 * refresh interval, {@link LiveMonitor}); each change checks the incident again in the background,
 * the service adopts the result and {@link MainViewModel#showInPlace} shows it, keeping the selected
 * finding, the time range and the scroll positions. New, changed and cleared findings are announced
 * in a banner that goes away by itself; the badge says how long ago the data was updated. A re-check
 * in which a source stops loading (a file caught half-written) keeps the last findings. On by default
 * for a bundle with live sources (a Prometheus or MLflow server).
 */
public final class LiveViewModel implements AutoCloseable {
    static final Duration BANNER = Duration.ofSeconds(10);

    private final MainViewModel main;
    private final AnalysisService service;
    private final Executor fx;
    private final Clock clock;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "mlwb-live");
        t.setDaemon(true);
        return t;
    });
    private final BooleanProperty enabled = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper badge = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyBooleanWrapper watching = new javafx.beans.property.ReadOnlyBooleanWrapper();
    private Duration poll = Duration.ofSeconds(1);
    private Path bundle;
    private LiveMonitor monitor;
    private Instant updated;
    private Instant bannerShown;
    private Task<Analysis.Result> running;
    private String again;

    /**
     * @param fx runs a task on the FX thread ({@code Platform::runLater}; tests pass a direct executor)
     */
    public LiveViewModel(MainViewModel main, AnalysisService service, Executor fx, Clock clock) {
        this.main = main;
        this.service = service;
        this.fx = fx;
        this.clock = clock;
        main.reportProperty().addListener((obs, was, is) -> reportChanged(is));
        enabled.addListener((obs, was, is) -> restart());
    }

    /** How often the bundle's files are looked at (tests make it short). */
    public void setPoll(Duration poll) {
        this.poll = poll;
        restart();
    }

    private void reportChanged(CheckReport r) {
        Path now = r == null ? null : Path.of(r.bundle());
        if (now == null || now.equals(bundle)) {
            return;
        }
        bundle = now;
        updated = clock.instant();
        stop();
        Path opened = now;
        background.execute(() -> {
            boolean live = BundleInputs.of(opened).live();
            fx.execute(() -> {
                if (opened.equals(bundle)) {
                    if (enabled.get() == live) {
                        restart();
                    } else {
                        enabled.set(live);
                    }
                }
            });
        });
    }

    private void restart() {
        stop();
        if (!enabled.get() || bundle == null) {
            tick(clock.instant());
            return;
        }
        Path watched = bundle;
        Duration every = poll;
        background.execute(() -> {
            LiveMonitor m = new LiveMonitor(watched, every, Optional.empty(), c -> fx.execute(() -> changed(watched, c)));
            m.start();
            fx.execute(() -> {
                if (enabled.get() && watched.equals(bundle) && monitor == null) {
                    monitor = m;
                    watching.set(true);
                } else {
                    m.close();
                }
            });
        });
        tick(clock.instant());
    }

    private void stop() {
        if (monitor != null) {
            monitor.close();
            monitor = null;
        }
        watching.set(false);
    }

    private void changed(Path watched, LiveMonitor.Change change) {
        if (!watched.equals(bundle) || !enabled.get()) {
            return;
        }
        if (running != null || main.runningProperty().get()) {
            again = change.reason();
            return;
        }
        recheck(change.reason());
    }

    private void recheck(String reason) {
        Path checked = bundle;
        status.set("Checking again (" + reason + ")…");
        Task<Analysis.Result> t = service.analyse(checked);
        running = t;
        t.setOnSucceeded(e -> finished(() -> show(checked, reason, t.getValue())));
        t.setOnFailed(e -> finished(() -> status.set("Live check failed: " + (t.getException() == null ? "unknown error"
                : t.getException().getMessage()) + " (keeping the last findings)")));
        t.setOnCancelled(e -> finished(() -> { }));
    }

    private void finished(Runnable then) {
        running = null;
        then.run();
        if (again != null && enabled.get()) {
            String reason = again;
            again = null;
            recheck(reason);
        }
    }

    private void show(Path checked, String reason, Analysis.Result result) {
        CheckReport before = main.reportProperty().get();
        if (!checked.equals(bundle) || main.runningProperty().get() || before == null) {
            result.close();
            return;
        }
        List<LoadIssue> broken = result.report().loadIssues().stream().filter(LoadIssue::isError)
                .filter(i -> !before.loadIssues().contains(i)).toList();
        if (!broken.isEmpty()) {
            result.close();
            status.set(reason + ": " + broken.get(0).message() + " (keeping the last findings)");
            return;
        }
        service.adopt(result);
        main.showInPlace(result.report());
        Instant now = clock.instant();
        updated = now;
        FindingChanges diff = FindingChanges.between(before, result.report());
        status.set("Updated " + java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss").withZone(java.time.ZoneOffset.UTC)
                .format(now) + " UTC (" + reason + "): " + diff.summary());
        if (!diff.isEmpty()) {
            banner.set(announcement(diff));
            bannerShown = now;
        }
        tick(now);
    }

    /** {@code New: CRITICAL P99 latency ... · Cleared: WARNING ...}: what changed, most severe first. */
    static String announcement(FindingChanges diff) {
        List<String> parts = new java.util.ArrayList<>();
        if (!diff.added().isEmpty()) {
            parts.add("New: " + list(diff.added()));
        }
        if (!diff.changed().isEmpty()) {
            parts.add("Now: " + list(diff.changed()));
        }
        if (!diff.cleared().isEmpty()) {
            parts.add("Cleared: " + list(diff.cleared()));
        }
        return String.join("  ·  ", parts);
    }

    private static String list(List<Finding> findings) {
        Finding first = findings.get(0);
        return first.severity().name() + " " + first.title() + (findings.size() > 1 ? " (and " + (findings.size() - 1)
                + " more)" : "");
    }

    /** Updates the badge's age and retires an old banner; the view calls it every second. */
    public void tick(Instant now) {
        badge.set(enabled.get() && bundle != null && updated != null ? "LIVE · updated " + ago(Duration.between(updated,
                now)) + " ago" : "");
        if (bannerShown != null && Duration.between(bannerShown, now).compareTo(BANNER) >= 0) {
            banner.set("");
            bannerShown = null;
        }
    }

    static String ago(Duration d) {
        long s = Math.max(0, d.getSeconds());
        if (s < 120) {
            return s + " s";
        }
        return s < 7200 ? s / 60 + " min" : s / 3600 + " h";
    }

    /** Dismisses the banner. */
    public void dismissBanner() {
        banner.set("");
        bannerShown = null;
    }

    /** Whether the open bundle is being watched right now (live mode on, its first reading taken). */
    public javafx.beans.property.ReadOnlyBooleanProperty watchingProperty() {
        return watching.getReadOnlyProperty();
    }

    /** The toolbar toggle. */
    public BooleanProperty enabledProperty() {
        return enabled;
    }

    /** {@code LIVE · updated 12 s ago} while live mode is on; empty otherwise. */
    public ReadOnlyStringProperty badgeProperty() {
        return badge.getReadOnlyProperty();
    }

    /** What the last re-check changed in the findings, for a few seconds; empty otherwise. */
    public ReadOnlyStringProperty bannerProperty() {
        return banner.getReadOnlyProperty();
    }

    /** The last re-check: when, why and what it changed (or why its findings were not taken). */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    @Override
    public void close() {
        stop();
        background.shutdownNow();
    }
}
