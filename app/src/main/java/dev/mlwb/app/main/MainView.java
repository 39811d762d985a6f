package dev.mlwb.app.main;

import dev.mlwb.analysis.report.ReportFormat;
import dev.mlwb.app.detail.FindingDetailView;
import dev.mlwb.app.evidence.EvidenceViews;
import dev.mlwb.app.findings.FindingsView;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/** The main window: menu and incident header, findings beside their detail, load issues and status below. */
public final class MainView {
    private final MainViewModel model;
    private final Stage stage;
    private final BorderPane root = new BorderPane();
    private final FindingsView findings;

    public MainView(MainViewModel model, Stage stage) {
        this.model = model;
        this.stage = stage;
        this.findings = new FindingsView(model.findings());
        createView();
    }

    private void createView() {
        VBox top = new VBox(menu(), header());
        root.setTop(top);
        FindingDetailView detail = new FindingDetailView(model.detail(), EvidenceViews.standard());
        SplitPane split = new SplitPane(findings.root(), detail.root());
        split.setDividerPositions(0.3);
        SplitPane.setResizableWithParent(findings.root(), false);
        root.setCenter(split);
        root.setBottom(new VBox(issues(), statusBar()));
        root.getStyleClass().add("workbench");
    }

    private MenuBar menu() {
        MenuItem openFolder = new MenuItem("Open Bundle Folder…");
        openFolder.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        openFolder.setOnAction(e -> chooseFolder());
        MenuItem openFile = new MenuItem("Open .zip or Manifest…");
        openFile.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+O"));
        openFile.setOnAction(e -> chooseFile());
        Menu export = new Menu("Export Report");
        for (ReportFormat f : ReportFormat.values()) {
            MenuItem item = new MenuItem(f.key().toUpperCase(java.util.Locale.ROOT) + "…");
            item.setOnAction(e -> exportAs(f));
            item.disableProperty().bind(model.reportProperty().isNull());
            export.getItems().add(item);
        }
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> stage.close());
        Menu file = new Menu("File", null, openFolder, openFile, export, quit);
        return new MenuBar(file);
    }

    private Region header() {
        Label title = new Label();
        title.setId("incident-title");
        title.getStyleClass().add("incident-title");
        title.textProperty().bind(model.titleProperty());
        Label subtitle = new Label();
        subtitle.getStyleClass().add("caption");
        subtitle.textProperty().bind(model.subtitleProperty());
        VBox header = new VBox(2, title, subtitle);
        header.getStyleClass().add("incident-header");
        return header;
    }

    private TitledPane issues() {
        ListView<IssueItem> list = new ListView<>(model.issues());
        list.setId("load-issues");
        list.setPrefHeight(110);
        list.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(IssueItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.toString());
                getStyleClass().removeAll("issue-error", "issue-warning");
                if (!empty && item != null) {
                    getStyleClass().add(item.error() ? "issue-error" : "issue-warning");
                }
            }
        });
        TitledPane pane = new TitledPane("", list);
        pane.setId("load-issues-pane");
        pane.textProperty().bind(javafx.beans.binding.Bindings.size(model.issues()).asString("Load issues (%d)"));
        pane.setExpanded(false);
        model.issues().addListener((javafx.collections.ListChangeListener<IssueItem>) c ->
                pane.setExpanded(model.issues().stream().anyMatch(IssueItem::error)));
        pane.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.issues()));
        pane.managedProperty().bind(pane.visibleProperty());
        return pane;
    }

    private Region statusBar() {
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(model.statusProperty());
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(model.progressProperty());
        bar.visibleProperty().bind(model.runningProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("cancel");
        cancel.visibleProperty().bind(model.runningProperty());
        cancel.setOnAction(e -> model.cancel());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bottom = new HBox(10, status, gap, bar, cancel);
        bottom.getStyleClass().add("status-bar");
        return bottom;
    }

    /** Installs window-wide behaviour: dropping a folder or .zip opens it; focus starts in the findings. */
    public void install(Scene scene) {
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
                model.open(files.get(0).toPath());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
        findings.focus();
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open incident bundle folder");
        File dir = chooser.showDialog(stage);
        if (dir != null) {
            model.open(dir.toPath());
        }
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open incident bundle");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Bundles (.zip, incident.yaml, incident.json)",
                "*.zip", "incident.yaml", "incident.yml", "incident.json"));
        File f = chooser.showOpenDialog(stage);
        if (f != null) {
            model.open(f.toPath());
        }
    }

    private void exportAs(ReportFormat format) {
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
            Path target = f.toPath();
            model.export(target, format).ifPresent(error -> new Alert(Alert.AlertType.ERROR, error).showAndWait());
        }
    }

    public BorderPane root() {
        return root;
    }
}
