package dev.mlwb.app.draft;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckComboBox;

/**
 * The selected file's side of the draft form: its role, the dataset name, a choice box per key among
 * the file's columns (with why the draft chose it), the metric kinds, the slices, which checks it
 * enables, and its first rows.
 */
final class SourceEditorView {
    private final SourceEditorViewModel model;
    private final DraftViewModel form;
    private final VBox root = new VBox(10);
    private final GridPane keys = new GridPane();
    private final GridPane metrics = new GridPane();
    private final CheckComboBox<String> slices = new CheckComboBox<>();
    private final TableView<List<String>> preview = new TableView<>();
    private boolean syncing;

    SourceEditorView(SourceEditorViewModel model, DraftViewModel form) {
        this.model = model;
        this.form = form;
        createView();
        initListeners();
    }

    private void createView() {
        Label path = new Label();
        path.setId("draft-file-path");
        path.getStyleClass().add("pane-title");
        path.textProperty().bind(model.pathProperty());
        ChoiceBox<String> role = new ChoiceBox<>(model.roles());
        role.setId("draft-role");
        role.valueProperty().bindBidirectional(model.roleProperty());
        TextField dataset = new TextField();
        dataset.setId("draft-dataset");
        dataset.setPromptText("dataset name");
        dataset.textProperty().bindBidirectional(model.datasetProperty());
        dataset.setOnAction(e -> model.commitDataset());
        dataset.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                model.commitDataset();
            }
        });
        Label datasetLabel = field("dataset");
        for (Node n : new Node[] {dataset, datasetLabel}) {
            n.visibleProperty().bind(model.hasDatasetProperty());
            n.managedProperty().bind(n.visibleProperty());
        }
        HBox head = new HBox(10, field("role"), role, datasetLabel, dataset);
        head.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label why = wrapped("draft-why");
        why.textProperty().bind(model.whyProperty());
        Label enables = wrapped("draft-enables");
        enables.getStyleClass().add("draft-enables");
        enables.textProperty().bind(model.enablesProperty());
        keys.setId("draft-keys");
        keys.setHgap(10);
        keys.setVgap(6);
        metrics.setId("draft-metrics");
        metrics.setHgap(10);
        metrics.setVgap(6);
        slices.setId("draft-slices");
        slices.setTitle("slices");
        Label slicesLabel = field("slices");
        FlowPane sliceBox = new FlowPane(10, 6, slicesLabel, slices);
        sliceBox.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.sliceChoices()));
        sliceBox.managedProperty().bind(sliceBox.visibleProperty());
        Label firstRows = field("first rows");
        preview.setId("draft-preview");
        preview.setPrefHeight(220);
        preview.setPlaceholder(new Label("No rows to show (a document or a folder)"));
        preview.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        VBox.setVgrow(preview, Priority.ALWAYS);
        root.getChildren().addAll(path, head, why, keys, metrics, sliceBox, enables, firstRows, preview);
        root.getStyleClass().add("draft-editor");
    }

    private void initListeners() {
        model.keys().addListener((ListChangeListener<MappingRow>) c -> fill(keys, model.keys()));
        model.metrics().addListener((ListChangeListener<MappingRow>) c -> fill(metrics, model.metrics()));
        model.sliceChoices().addListener((ListChangeListener<String>) c -> syncSlices());
        model.slices().addListener((ListChangeListener<String>) c -> syncSlices());
        slices.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> {
            if (!syncing) {
                model.slices().setAll(List.copyOf(slices.getCheckModel().getCheckedItems()));
            }
        });
        form.preview().addListener((ListChangeListener<List<String>>) c -> showPreview());
    }

    /** One row per key: its name, a choice of the file's columns, and why it was guessed. */
    private static void fill(GridPane grid, List<MappingRow> rows) {
        grid.getChildren().clear();
        int r = 0;
        for (MappingRow row : rows) {
            Label key = field(row.label());
            key.setMinWidth(120);
            ChoiceBox<String> column = new ChoiceBox<>(row.choices());
            column.setId("draft-key-" + row.key());
            column.valueProperty().bindBidirectional(row.columnProperty());
            column.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            column.setMaxWidth(280);
            Label why = new Label();
            why.getStyleClass().add("caption");
            why.textProperty().bind(row.whyProperty());
            why.setWrapText(true);
            why.setMaxWidth(460);
            grid.addRow(r++, key, column, why);
        }
        grid.setVisible(!rows.isEmpty());
        grid.setManaged(!rows.isEmpty());
    }

    private void syncSlices() {
        syncing = true;
        try {
            slices.getItems().setAll(model.sliceChoices());
            slices.getCheckModel().clearChecks();
            model.slices().forEach(s -> slices.getCheckModel().check(s));
        } finally {
            syncing = false;
        }
    }

    private void showPreview() {
        preview.getColumns().clear();
        if (form.preview().isEmpty()) {
            preview.getItems().clear();
            return;
        }
        List<String> header = form.preview().get(0);
        for (int i = 0; i < header.size(); i++) {
            int c = i;
            TableColumn<List<String>, String> col = new TableColumn<>(header.get(i));
            col.setCellValueFactory(d -> new javafx.beans.property.ReadOnlyStringWrapper(c < d.getValue().size()
                    ? d.getValue().get(c) : ""));
            col.setPrefWidth(Math.max(90, Math.min(220, header.get(i).length() * 9 + 30)));
            col.setSortable(false);
            preview.getColumns().add(col);
        }
        preview.getItems().setAll(form.preview().subList(1, form.preview().size()));
    }

    private static Label field(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("field-name");
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static Label wrapped(String id) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        return l;
    }

    Node root() {
        return root;
    }
}
