package dev.mlwb.app;

import dev.mlwb.app.session.AnalysisService;
import java.util.List;
import javafx.application.Application;

/**
 * The entry point. It does not extend {@link Application}, so the app also starts from a plain
 * class path (a packaged app-image, an IDE) without JavaFX on the module path. Before JavaFX
 * starts it already starts analysing the bundle to open (or, without one, loads DuckDB's native
 * library), so the first findings appear about when the window does.
 */
public final class Launcher {
    private Launcher() {
    }

    /** {@code mlwb-app [BUNDLE]}: opens the bundle (a folder, manifest or .zip), else the bundled sample. */
    public static void main(String[] args) {
        leaveACoreToTheWindow();
        AnalysisService service = new AnalysisService();
        // a folder without a manifest gets the draft form first: nothing to analyse ahead
        WorkbenchApp.initialBundle(List.of(args)).filter(b -> !dev.mlwb.analysis.draft.Drafts.needsDraft(b))
                .ifPresentOrElse(service::prestart, service::warmUp);
        WorkbenchApp.useService(service);
        Application.launch(WorkbenchApp.class, args);
    }

    /**
     * DuckDB runs a worker per core by default; in the app one core is left to the window, so that it keeps
     * drawing while a large bundle is checked (on two cores the p99 gap between frames fell from about 90 ms to
     * about 55 ms, and the checks took no longer). Unless the user set {@code mlwb.duckdb.threads} or
     * {@code MLWB_DUCKDB_THREADS}; the CLI keeps every core.
     */
    public static void leaveACoreToTheWindow() {
        int cores = Runtime.getRuntime().availableProcessors();
        if (cores > 1 && !dev.mlwb.analysis.data.DuckDbSettings.threadsChosen()) {
            System.setProperty("mlwb.duckdb.threads", String.valueOf(cores - 1));
        }
    }
}
