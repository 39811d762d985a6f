package dev.mlwb.app;

import dev.mlwb.app.main.MainView;
import dev.mlwb.app.main.MainViewModel;
import dev.mlwb.app.session.AnalysisService;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The workbench wired once: the analysis service, the main view model and view, and the scene
 * with its stylesheet. The app, the UI tests and the screenshot tour all start it this way.
 */
public final class Workbench implements AutoCloseable {
    private final AnalysisService service;
    private final MainViewModel model;
    private final MainView view;
    private final Scene scene;

    private Workbench(Stage stage, double width, double height, AnalysisService service) {
        this.service = service;
        model = new MainViewModel(service);
        view = new MainView(model, stage);
        scene = new Scene(view.root(), width, height);
        scene.getStylesheets().add(Workbench.class.getResource("workbench.css").toExternalForm());
        view.install(scene);
        stage.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                model.reportProperty().get() == null ? "ML Incident Workbench"
                        : model.titleProperty().get() + " — ML Incident Workbench", model.titleProperty(),
                model.reportProperty()));
        stage.setScene(scene);
    }

    /** Builds the workbench into a stage (on the FX thread) without showing it. */
    public static Workbench into(Stage stage, double width, double height) {
        return new Workbench(stage, width, height, new AnalysisService());
    }

    /** Builds the workbench over a service that may already be analysing the bundle to open. */
    public static Workbench into(Stage stage, double width, double height, AnalysisService service) {
        return new Workbench(stage, width, height, service);
    }

    public MainViewModel model() {
        return model;
    }

    public MainView view() {
        return view;
    }

    public Scene scene() {
        return scene;
    }

    @Override
    public void close() {
        model.close();
        service.close();
    }
}
