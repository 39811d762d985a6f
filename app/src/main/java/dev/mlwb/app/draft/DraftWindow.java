package dev.mlwb.app.draft;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;

/**
 * The draft form's window, over the main window: it profiles the folder on a thread of its own, and
 * once the manifest is saved it closes and the folder opens as a bundle.
 */
public final class DraftWindow {
    private DraftWindow() {
    }

    /** Opens the form for a folder without a manifest; {@code opened} receives the folder once saved. */
    public static Stage open(Stage owner, Path folder, Consumer<Path> opened) {
        ExecutorService background = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "mlwb-draft");
            t.setDaemon(true);
            return t;
        });
        DraftViewModel model = new DraftViewModel(folder, background, Platform::runLater);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Draft a manifest — " + folder.getFileName());
        DraftView view = new DraftView(model, stage::close);
        Scene scene = new Scene((javafx.scene.Parent) view.root(), Math.min(1240, owner.getWidth() - 40),
                Math.min(760, owner.getHeight() - 40));
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        model.savedProperty().addListener((obs, was, is) -> {
            if (is != null) {
                stage.close();
                opened.accept(is);
            }
        });
        stage.setOnHidden(e -> background.shutdownNow());
        stage.show();
        model.load();
        return stage;
    }
}
