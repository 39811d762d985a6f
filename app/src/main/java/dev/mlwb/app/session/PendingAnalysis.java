package dev.mlwb.app.session;

import dev.mlwb.analysis.checks.CheckCatalog;
import dev.mlwb.analysis.run.Analysis;
import dev.mlwb.analysis.run.Cancellation;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An analysis of one bundle running on a plain thread, independent of JavaFX: it can start before
 * the toolkit is up (the launcher starts the bundle named on the command line while the window is
 * being built). Its progress and its latest snapshot (the report of the checks done so far) are read
 * by polling; its result arrives once through {@link #result()}.
 */
public final class PendingAnalysis {
    private final Path bundle;
    private final Cancellation cancellation = new Cancellation();
    private final CompletableFuture<Analysis.Result> result = new CompletableFuture<>();
    private volatile double fraction;
    private volatile String message = "";
    private volatile Analysis.Snapshot snapshot;
    private final AtomicLong snapshots = new AtomicLong();

    private PendingAnalysis(Path bundle) {
        this.bundle = bundle;
    }

    /** Starts analysing a bundle on an executor. */
    public static PendingAnalysis start(Path bundle, Executor executor) {
        PendingAnalysis p = new PendingAnalysis(bundle);
        executor.execute(p::run);
        return p;
    }

    private void run() {
        try {
            Analysis.Result r = Analysis.run(bundle, CheckCatalog.standardSuite(), (f, m) -> {
                fraction = f;
                message = m;
            }, cancellation, s -> {
                snapshot = s;
                snapshots.incrementAndGet();
            });
            if (cancellation.isCancelled()) {
                r.close();
                result.cancel(false);
            } else {
                result.complete(r);
            }
        } catch (Exception | Error e) {
            result.completeExceptionally(e);
        }
    }

    public Path bundle() {
        return bundle;
    }

    public CompletableFuture<Analysis.Result> result() {
        return result;
    }

    /** The latest snapshot of the running analysis (null before the bundle is loaded). */
    public Analysis.Snapshot snapshot() {
        return snapshot;
    }

    /** How many snapshots have arrived: a new number means a new snapshot. */
    public long snapshotCount() {
        return snapshots.get();
    }

    public double fraction() {
        return fraction;
    }

    public String message() {
        return message;
    }

    /** Stops the analysis at its next check point; a result that still arrives is closed. */
    public void cancel() {
        cancellation.cancel();
        result.thenAccept(Analysis.Result::close);
    }
}
