package dev.mlwb.app.session;

import dev.mlwb.analysis.run.Analysis;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens, loads and checks bundles in the background, one at a time, and keeps the current
 * incident open (its DuckDB database serves drill-down queries) until the next one replaces it.
 * An analysis started before the window existed ({@link #prestart}) is picked up by the first
 * {@link #analyse} of the same bundle.
 */
public final class AnalysisService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AnalysisService.class);

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "mlwb-analysis");
        t.setDaemon(true);
        return t;
    });
    private Analysis.Result current;
    /** The analysis {@link #prestart} started, until {@link #analyse} adopts it (package-private for tests). */
    PendingAnalysis prestarted;

    /** Starts analysing a bundle right away, before JavaFX is up; {@link #analyse} of the same path adopts it. */
    public void prestart(Path bundle) {
        prestarted = PendingAnalysis.start(bundle, executor);
    }

    /**
     * Loads DuckDB's native library on the analysis thread (about 0.6 s on two cores), so the first analysis
     * does not wait for it.
     *
     * @return completes when DuckDB is loaded (or could not be: the first analysis reports why)
     */
    public CompletableFuture<Void> warmUp() {
        return CompletableFuture.runAsync(() -> {
            long started = System.nanoTime();
            try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:")) {
                LOG.debug("DuckDB warmed up in {} ms", (System.nanoTime() - started) / 1_000_000);
            } catch (java.sql.SQLException e) {
                LOG.warn("DuckDB could not be started ahead: {}", e.getMessage());
            }
        }, executor);
    }

    /**
     * Receives a running analysis's snapshots: {@link #prepare} off the FX thread (what the views will
     * draw), then {@link #show} on the FX thread. Snapshots that arrive while one is being shown are
     * skipped in favour of the latest; the complete report arrives through the task's value instead.
     */
    public interface Snapshots<T> {
        Snapshots<Analysis.Snapshot> NONE = new Snapshots<>() {
            @Override
            public Analysis.Snapshot prepare(Analysis.Snapshot snapshot) {
                return snapshot;
            }

            @Override
            public void show(Analysis.Snapshot prepared) {
            }
        };

        T prepare(Analysis.Snapshot snapshot);

        void show(T prepared);
    }

    /**
     * A task that analyses the bundle. It reports progress and messages, stops at {@link Task#cancel()},
     * and yields the result exactly once, on the FX thread, through the task's value.
     */
    public Task<Analysis.Result> analyse(Path bundle) {
        return analyse(bundle, Snapshots.NONE);
    }

    /**
     * As {@link #analyse(Path)}, also handing the analysis's snapshots (the incident once loaded, then
     * the findings of the checks done so far) to {@code snapshots} while it runs.
     */
    public <T> Task<Analysis.Result> analyse(Path bundle, Snapshots<T> snapshots) {
        PendingAnalysis pending = prestarted != null && prestarted.bundle().equals(bundle) ? prestarted
                : PendingAnalysis.start(bundle, executor);
        prestarted = null;
        Task<Analysis.Result> task = new FollowTask<>(pending, snapshots);
        Thread follower = new Thread(task, "mlwb-analysis-progress");
        follower.setDaemon(true);
        follower.start();
        return task;
    }

    /**
     * A drill-down query on the open incident's data, run on the analysis thread (which owns the
     * DuckDB connection) so the FX thread never waits; the answer reaches the UI once, as the
     * task's value. Fails if no incident is open.
     */
    public <T> Task<T> query(String what, Query<T> query) {
        Analysis.Result result = current;
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                if (result == null) {
                    throw new IllegalStateException("no incident is open");
                }
                long started = System.nanoTime();
                T value = query.run(result);
                LOG.debug("{} took {} ms", what, (System.nanoTime() - started) / 1_000_000);
                return value;
            }
        };
        executor.submit(task);
        return task;
    }

    /** A query on an analysed incident (its DuckDB data and report). */
    @FunctionalInterface
    public interface Query<T> {
        T run(Analysis.Result result) throws Exception;
    }

    /** Makes a result the open incident, closing the previous one (call on the FX thread). */
    public void adopt(Analysis.Result result) {
        Analysis.Result previous = current;
        current = result;
        if (previous != null) {
            executor.submit(previous::close);
        }
    }

    @Override
    public void close() {
        if (current != null) {
            current.close();
        }
        executor.shutdownNow();
    }

    /**
     * Follows a pending analysis on its own thread: relays progress and snapshots (at most one every
     * {@value #SNAPSHOT_GAP_MS} ms, and never while the previous one is still being shown), then yields
     * the result.
     */
    private static final class FollowTask<T> extends Task<Analysis.Result> {
        private static final long SNAPSHOT_GAP_MS = 150;
        private final PendingAnalysis pending;
        private final Snapshots<T> snapshots;
        private final AtomicBoolean showing = new AtomicBoolean();
        private long relayed;
        private long relayedAt;

        FollowTask(PendingAnalysis pending, Snapshots<T> snapshots) {
            this.pending = pending;
            this.snapshots = snapshots;
        }

        @Override
        protected Analysis.Result call() throws Exception {
            long started = System.nanoTime();
            while (true) {
                updateProgress(pending.fraction(), 1.0);
                updateMessage(pending.message());
                relaySnapshot();
                try {
                    Analysis.Result r = pending.result().get(40, TimeUnit.MILLISECONDS);
                    LOG.info("analysed {} ({} ms after this task started)", pending.bundle().getFileName(),
                            (System.nanoTime() - started) / 1_000_000);
                    if (isCancelled()) {
                        r.close();
                    }
                    return r;
                } catch (TimeoutException e) {
                    if (isCancelled()) {
                        throw new CancellationException();
                    }
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof Exception ex ? ex : e;
                }
            }
        }

        /** Prepares the newest snapshot here and shows it on the FX thread, unless it is too soon or complete. */
        private void relaySnapshot() {
            long n = pending.snapshotCount();
            Analysis.Snapshot s = pending.snapshot();
            long now = System.nanoTime();
            boolean first = relayed == 0;
            if (s == null || n == relayed || s.complete() || showing.get()
                    || !first && now - relayedAt < SNAPSHOT_GAP_MS * 1_000_000) {
                return;
            }
            relayed = n;
            relayedAt = now;
            T prepared = snapshots.prepare(s);
            showing.set(true);
            Platform.runLater(() -> {
                try {
                    // a snapshot that waited for the FX thread (building the window, say) while checks found more is
                    // not shown: the next poll relays the newer one (at most once per check with findings)
                    Analysis.Snapshot newest = pending.snapshot();
                    boolean superseded = newest != s && newest.report().findings().size() > s.report().findings().size();
                    if (!isCancelled() && !isDone() && !superseded) {
                        snapshots.show(prepared);
                    }
                } finally {
                    showing.set(false);
                }
            });
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            if (isDone()) {
                return false;
            }
            pending.cancel();
            LOG.info("analysis of {} cancelled", pending.bundle());
            return super.cancel(mayInterruptIfRunning);
        }
    }
}
