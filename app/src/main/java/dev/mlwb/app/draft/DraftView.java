package dev.mlwb.app.draft;

import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The draft form: the folder's files with their guessed roles on the left, the selected file's mapping
 * and first rows (or the manifest as it will be written) in the middle, which checks the draft lets
 * run (and why the others cannot) on the right; the incident's title and arms on top; save below.
 */
public final class DraftView {
    private final DraftViewModel model;
    private final BorderPane root = new BorderPane();
    private final Runnable cancel;

    public DraftView(DraftViewModel model, Runnable cancel) {
        this.model = model;
        this.cancel = cancel;
        createView();
    }

    private void createView() {
        root.setTop(header());
        SplitPane split = new SplitPane(files(), middle(), checks());
        split.setDividerPositions(0.24, 0.72);
        root.setCenter(split);
        root.setBottom(buttons());
        root.getStyleClass().add("draft");
        root.setId("draft-form");
    }

    private Node header() {
        Label title = new Label("Draft a manifest for " + model.folder().getFileName());
        title.getStyleClass().add("incident-title");
        Label caption = new Label("This folder has no incident.yaml. Each file's role and columns were guessed from their"
                + " names, types and values; change any choice below. Nothing is written until you save.");
        caption.getStyleClass().add("caption");
        caption.setWrapText(true);
        TextField name = field("draft-title", 360);
        name.textProperty().bindBidirectional(model.titleProperty());
        TextField baseline = field("draft-baseline", 140);
        baseline.textProperty().bindBidirectional(model.baselineProperty());
        TextField canary = field("draft-canary", 140);
        canary.textProperty().bindBidirectional(model.canaryProperty());
        HBox fields = new HBox(10, label("title"), name, label("baseline arm"), baseline, label("canary arm"), canary);
        fields.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox top = new VBox(6, title, caption, fields);
        top.getStyleClass().add("incident-header");
        return top;
    }

    private Node files() {
        ListView<FileRow> list = new ListView<>(model.files());
        list.setId("draft-files");
        list.setCellFactory(l -> new FileCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, was, is) -> {
            if (is != null && is != model.selectedProperty().get()) {
                model.selectedProperty().set(is);
            }
        });
        model.selectedProperty().addListener((obs, was, is) -> {
            if (is != null && list.getSelectionModel().getSelectedItem() != is) {
                list.getSelectionModel().select(is);
            }
        });
        Label header = new Label("Files");
        header.getStyleClass().add("pane-title");
        VBox box = new VBox(6, header, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.getStyleClass().add("findings-pane");
        return box;
    }

    private Node middle() {
        ScrollPane mapping = new ScrollPane(new SourceEditorView(model.editor(), model).root());
        mapping.setFitToWidth(true);
        mapping.getStyleClass().add("page-scroll");
        TextArea manifest = new TextArea();
        manifest.setId("draft-yaml");
        manifest.setEditable(false);
        manifest.getStyleClass().add("draft-yaml");
        manifest.textProperty().bind(model.yamlProperty());
        Tab a = new Tab("Mapping", mapping);
        Tab b = new Tab("Manifest (incident.yaml)", manifest);
        for (Tab t : new Tab[] {a, b}) {
            t.setClosable(false);
        }
        TabPane tabs = new TabPane(a, b);
        tabs.setId("draft-tabs");
        return tabs;
    }

    private Node checks() {
        Label header = new Label("Checks");
        header.getStyleClass().add("pane-title");
        Label summary = new Label();
        summary.setId("draft-coverage");
        summary.setWrapText(true);
        summary.textProperty().bind(model.coverageProperty());
        ListView<CheckRow> list = new ListView<>(model.checks());
        list.setId("draft-checks");
        list.setCellFactory(l -> new CheckCell());
        VBox box = new VBox(6, header, summary, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.getStyleClass().add("findings-pane");
        return box;
    }

    private Node buttons() {
        Label status = new Label();
        status.setId("draft-status");
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);
        status.setMinWidth(0);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        Button close = new Button("Cancel");
        close.setCancelButton(true);
        close.setOnAction(e -> cancel.run());
        Button save = new Button("Save incident.yaml and check");
        save.setId("draft-save");
        save.setDefaultButton(true);
        save.disableProperty().bind(model.busyProperty().or(Bindings.isEmpty(model.yamlProperty())));
        save.setOnAction(e -> model.save());
        for (Region r : new Region[] {close, save}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(10, status, close, save);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private static TextField field(String id, double width) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefWidth(width);
        return f;
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("field-name");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    public Node root() {
        return root;
    }

    private static final class FileCell extends ListCell<FileRow> {
        private final Label badge = new Label();
        private final Label path = new Label();
        private final Label detail = new Label();
        private final VBox box;

        FileCell() {
            badge.getStyleClass().add("badge");
            badge.setMinWidth(Region.USE_PREF_SIZE);
            path.getStyleClass().add("finding-title");
            path.setWrapText(true);
            detail.getStyleClass().add("finding-check");
            detail.setWrapText(true);
            box = new VBox(2, badge, path, detail);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(FileRow item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            badge.setText(item.role());
            badge.pseudoClassStateChanged(PseudoClass.getPseudoClass("warning"), !item.placed());
            path.setText(item.path());
            detail.setText(item.detail());
            setGraphic(box);
        }
    }

    private static final class CheckCell extends ListCell<CheckRow> {
        private final Label verdict = new Label();
        private final Label id = new Label();
        private final Label detail = new Label();
        private final VBox box;

        CheckCell() {
            verdict.getStyleClass().add("badge");
            verdict.setMinWidth(Region.USE_PREF_SIZE);
            id.getStyleClass().add("finding-title");
            id.setMinWidth(0);
            detail.getStyleClass().add("finding-check");
            detail.setWrapText(true);
            box = new VBox(2, new HBox(6, verdict, id), detail);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(CheckRow item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            verdict.setText(item.verdict());
            verdict.pseudoClassStateChanged(PseudoClass.getPseudoClass("good"), item.enabled());
            verdict.pseudoClassStateChanged(PseudoClass.getPseudoClass("warning"), !item.enabled());
            id.setText(item.id());
            detail.setText(item.detail());
            setGraphic(box);
        }
    }
}
