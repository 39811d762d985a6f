package dev.mlwb.app;

import dev.mlwb.app.live.LiveViewModel;
import dev.mlwb.app.main.MainView;
import dev.mlwb.app.main.MainViewModel;
import dev.mlwb.app.session.AnalysisService;
import dev.mlwb.app.settings.Settings;
import dev.mlwb.app.settings.SettingsStore;
import dev.mlwb.app.settings.SettingsViewModel;
import java.time.Clock;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The workbench wired once: the analysis service, the main, live and settings view models, the main
 * view, and the scene with its stylesheet. The app, the UI tests and the screenshot tour all start it
 * this way; only the app reads and writes the user's settings (the others keep them in memory).
 */
public final class Workbench implements AutoCloseable {
    private final Stage stage;
    private final AnalysisService service;
    private final MainViewModel model;
    private final LiveViewModel live;
    private final SettingsViewModel settings;
    private final MainView view;
    private final Scene scene;

    private Workbench(Stage stage, double width, double height, AnalysisService service, SettingsStore store) {
        this.stage = stage;
        this.service = service;
        dev.mlwb.app.chart.ChartWarmUp.start();
        model = new MainViewModel(service);
        live = new LiveViewModel(model, service, Platform::runLater, Clock.systemUTC());
        settings = new SettingsViewModel(store, model);
        view = new MainView(model, live, settings, stage);
        Settings.WindowGeometry w = settings.window().filter(Workbench::onScreen).orElse(null);
        scene = new Scene(view.root(), w == null ? width : w.width(), w == null ? height : w.height());
        scene.getStylesheets().add(Workbench.class.getResource("workbench.css").toExternalForm());
        view.install(scene);
        stage.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                model.reportProperty().get() == null ? "ML Incident Workbench"
                        : model.titleProperty().get() + " — ML Incident Workbench", model.titleProperty(),
                model.reportProperty()));
        stage.setScene(scene);
        if (w != null) {
            stage.setX(w.x());
            stage.setY(w.y());
            stage.setMaximized(w.maximized());
        }
    }

    /** A remembered place that is still on one of the screens (a monitor may have gone). */
    private static boolean onScreen(Settings.WindowGeometry w) {
        return w.width() >= 400 && w.height() >= 300
                && !Screen.getScreensForRectangle(new Rectangle2D(w.x(), w.y(), w.width(), w.height())).isEmpty();
    }

    /** Builds the workbench into a stage (on the FX thread) without showing it; settings stay in memory. */
    public static Workbench into(Stage stage, double width, double height) {
        return new Workbench(stage, width, height, new AnalysisService(), SettingsStore.inMemory());
    }

    /** Builds the workbench over a service that may already be analysing the bundle to open. */
    public static Workbench into(Stage stage, double width, double height, AnalysisService service) {
        return new Workbench(stage, width, height, service, SettingsStore.inMemory());
    }

    /** Builds the workbench with remembered settings (recent bundles, window size and layout). */
    public static Workbench into(Stage stage, double width, double height, AnalysisService service, SettingsStore store) {
        return new Workbench(stage, width, height, service, store);
    }

    public MainViewModel model() {
        return model;
    }

    public LiveViewModel live() {
        return live;
    }

    public SettingsViewModel settings() {
        return settings;
    }

    public MainView view() {
        return view;
    }

    public Scene scene() {
        return scene;
    }

    /** Remembers the window's size and layout, then stops watching and closes the incident. */
    @Override
    public void close() {
        settings.remember(new Settings.WindowGeometry(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized()), view.findingsDivider());
        settings.close();
        live.close();
        model.close();
        service.close();
    }
}
