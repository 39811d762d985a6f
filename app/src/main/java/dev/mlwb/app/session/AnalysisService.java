package dev.mlwb.app.session;

import dev.mlwb.analysis.checks.CheckCatalog;
import dev.mlwb.analysis.run.Analysis;
import dev.mlwb.analysis.run.Cancellation;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens, loads and checks bundles in background tasks, one at a time, and keeps the current
 * incident open (its DuckDB database serves drill-down queries) until the next one replaces it.
 */
public final class AnalysisService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AnalysisService.class);

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "mlwb-analysis");
        t.setDaemon(true);
        return t;
    });
    private Analysis.Result current;

    /**
     * A task that analyses the bundle. It reports progress and messages, stops at {@link Task#cancel()},
     * and yields the result exactly once, on the FX thread, through the task's value.
     */
    public Task<Analysis.Result> analyse(Path bundle) {
        Task<Analysis.Result> task = new AnalysisTask(bundle);
        executor.submit(task);
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

    private static final class AnalysisTask extends Task<Analysis.Result> {
        private final Path bundle;
        private final Cancellation cancellation = new Cancellation();

        AnalysisTask(Path bundle) {
            this.bundle = bundle;
        }

        @Override
        protected Analysis.Result call() throws Exception {
            Analysis.Result result = Analysis.run(bundle, CheckCatalog.standardSuite(), (fraction, message) -> {
                updateProgress(fraction, 1.0);
                updateMessage(message);
            }, cancellation);
            if (isCancelled()) {
                result.close();
            }
            return result;
        }

        @Override
        protected void cancelled() {
            cancellation.cancel();
            LOG.info("analysis of {} cancelled", bundle);
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            cancellation.cancel();
            return super.cancel(mayInterruptIfRunning);
        }
    }
}
