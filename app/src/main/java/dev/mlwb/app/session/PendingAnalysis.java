package dev.mlwb.app.session;

import dev.mlwb.analysis.checks.CheckCatalog;
import dev.mlwb.analysis.run.Analysis;
import dev.mlwb.analysis.run.Cancellation;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * An analysis of one bundle running on a plain thread, independent of JavaFX: it can start before
 * the toolkit is up (the launcher starts the bundle named on the command line while the window is
 * being built). Its progress is read by polling; its result arrives once through {@link #result()}.
 */
public final class PendingAnalysis {
    private final Path bundle;
    private final Cancellation cancellation = new Cancellation();
    private final CompletableFuture<Analysis.Result> result = new CompletableFuture<>();
    private volatile double fraction;
    private volatile String message = "";

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
            }, cancellation);
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
