package dev.mlwb.app.main;

import dev.mlwb.analysis.report.ReportFormat;
import java.io.File;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.input.TransferMode;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/** Opening bundles (folder, .zip or manifest, or dropped on the window) and exporting the report. */
final class FileActions {
    private final MainViewModel model;
    private final Stage stage;
    private final java.util.function.Consumer<java.nio.file.Path> open;

    /** @param open opens a bundle (or offers a draft for a folder without a manifest) */
    FileActions(MainViewModel model, Stage stage, java.util.function.Consumer<java.nio.file.Path> open) {
        this.model = model;
        this.stage = stage;
        this.open = open;
    }

    /** Dropping a folder or .zip on the window opens it. */
    void acceptDrops(Scene scene) {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY_OR_MOVE);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            List<File> files = e.getDragboard().getFiles();
            boolean ok = files != null && !files.isEmpty();
            if (ok) {
                open.accept(files.get(0).toPath());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open incident bundle folder");
        File dir = chooser.showDialog(stage);
        if (dir != null) {
            open.accept(dir.toPath());
        }
    }

    void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open incident bundle");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Bundles (.zip, incident.yaml, incident.json)",
                "*.zip", "incident.yaml", "incident.yml", "incident.json"));
        File f = chooser.showOpenDialog(stage);
        if (f != null) {
            open.accept(f.toPath());
        }
    }

    void exportAs(ReportFormat format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export report as " + format.key());
        String ext = switch (format) {
            case TEXT -> "txt";
            case JSON -> "json";
            case MARKDOWN -> "md";
            case HTML -> "html";
        };
        chooser.setInitialFileName("findings." + ext);
        File f = chooser.showSaveDialog(stage);
        if (f != null) {
            model.export(f.toPath(), format, error -> new Alert(Alert.AlertType.ERROR, error).show());
        }
    }
}
