package dev.mlwb.app;

import dev.mlwb.app.main.MainViewModel;
import dev.mlwb.app.session.AnalysisService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Wires the workbench once: the analysis service, the main view model and the main view. */
public final class WorkbenchApp extends Application {
    /** System property naming the bundle to open at start when no argument is given. */
    public static final String DEFAULT_BUNDLE_PROPERTY = "mlwb.default.bundle";

    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchApp.class);

    private static AnalysisService handedOver;

    private Workbench workbench;

    /** The service the launcher created (and started analysing with) before JavaFX was up. */
    static void useService(AnalysisService service) {
        handedOver = service;
    }

    @Override
    public void start(Stage stage) {
        long started = System.nanoTime();
        AnalysisService service = handedOver != null ? handedOver : new AnalysisService();
        handedOver = null;
        workbench = Workbench.into(stage, 1280, 800, service, dev.mlwb.app.settings.SettingsStore.user());
        MainViewModel model = workbench.model();
        model.firstFindingsShownProperty().addListener((obs, was, is) -> {
            if (is) {
                logWhenLaidOut(started);
            }
        });
        initialBundle(getParameters().getRaw()).ifPresentOrElse(workbench.view()::open,
                () -> LOG.info("no bundle given and no sample found; waiting for File > Open"));
        stage.show();
    }

    /** Logs the start-up time once the findings have been laid out for the screen (the pulse that draws them). */
    private void logWhenLaidOut(long started) {
        javafx.scene.Scene scene = workbench.scene();
        Runnable once = new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                LOG.info("first findings shown {} ms after the JVM started ({} ms after the window was built)",
                        java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime(),
                        (System.nanoTime() - started) / 1_000_000);
            }
        };
        scene.addPostLayoutPulseListener(once);
    }

    /** The bundle named on the command line, else the configured default, else a sample nearby. */
    static Optional<Path> initialBundle(List<String> args) {
        if (!args.isEmpty()) {
            return Optional.of(Path.of(args.get(0)));
        }
        String configured = System.getProperty(DEFAULT_BUNDLE_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured));
        }
        for (String candidate : List.of("sample-incidents/canary-contamination", "../sample-incidents/canary-contamination")) {
            Path p = Path.of(candidate);
            if (Files.isDirectory(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    @Override
    public void stop() {
        if (workbench != null) {
            workbench.close();
        }
    }
}
