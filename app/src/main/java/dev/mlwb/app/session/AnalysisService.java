package dev.mlwb.app.session;

import dev.mlwb.analysis.run.Analysis;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
    private PendingAnalysis prestarted;

    /** Starts analysing a bundle right away, before JavaFX is up; {@link #analyse} of the same path adopts it. */
    public void prestart(Path bundle) {
        prestarted = PendingAnalysis.start(bundle, executor);
    }

    /** Loads DuckDB's native library on the analysis thread, so the first analysis does not wait for it. */
    public void warmUp() {
        executor.execute(() -> {
            long started = System.nanoTime();
            try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:")) {
                LOG.debug("DuckDB warmed up in {} ms", (System.nanoTime() - started) / 1_000_000);
            } catch (java.sql.SQLException e) {
                LOG.warn("DuckDB could not be started ahead: {}", e.getMessage());
            }
        });
    }

    /**
     * A task that analyses the bundle. It reports progress and messages, stops at {@link Task#cancel()},
     * and yields the result exactly once, on the FX thread, through the task's value.
     */
    public Task<Analysis.Result> analyse(Path bundle) {
        PendingAnalysis pending = prestarted != null && prestarted.bundle().equals(bundle) ? prestarted
                : PendingAnalysis.start(bundle, executor);
        prestarted = null;
        Task<Analysis.Result> task = new FollowTask(pending);
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

    /** Follows a pending analysis on its own thread: relays progress, then yields the result. */
    private static final class FollowTask extends Task<Analysis.Result> {
        private final PendingAnalysis pending;

        FollowTask(PendingAnalysis pending) {
            this.pending = pending;
        }

        @Override
        protected Analysis.Result call() throws Exception {
            long started = System.nanoTime();
            while (true) {
                updateProgress(pending.fraction(), 1.0);
                updateMessage(pending.message());
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
