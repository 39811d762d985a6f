package dev.mlwb.app.table;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A table with what every workbench table offers: sorting by any column (by the raw number, not
 * its text), a filter field matching any cell's text, a row count, and copy as TSV (Ctrl+C or the
 * context menu; the selected rows, else every visible row).
 */
public final class TablePane<R> extends VBox {
    private final TableView<R> table = new TableView<>();
    private final ObservableList<R> rows = FXCollections.observableArrayList();
    private final FilteredList<R> filtered = new FilteredList<>(rows);
    private final TextField filter = new TextField();

    public TablePane(String id, List<TableColumn<R, ?>> columns, Function<R, String> searchText) {
        super(4);
        getStyleClass().add("table-pane");
        table.setId(id);
        table.getColumns().setAll(columns);
        SortedList<R> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setFixedCellSize(28); // the stylesheet sets it per mode (-fx-fixed-cell-size)
        table.setPlaceholder(new Label("No rows"));
        Tables.enableCopy(table);
        filter.setPromptText("Filter rows");
        filter.getStyleClass().add("table-filter");
        filter.setId(id + "-filter");
        filter.setPrefColumnCount(16);
        filter.textProperty().addListener((obs, was, is) -> {
            String needle = is == null ? "" : is.trim().toLowerCase(Locale.ROOT);
            filtered.setPredicate(needle.isEmpty() ? null
                    : r -> searchText.apply(r).toLowerCase(Locale.ROOT).contains(needle));
        });
        Label count = new Label();
        count.getStyleClass().add("caption");
        count.textProperty().bind(Bindings.createStringBinding(() -> filtered.size() == rows.size()
                ? rows.size() + (rows.size() == 1 ? " row" : " rows")
                : filtered.size() + " of " + rows.size() + " rows", filtered, rows));
        HBox bar = new HBox(8, filter, count);
        bar.getStyleClass().add("table-bar");
        getChildren().addAll(bar, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        setVisibleRows(10);
    }

    /** Replaces the rows in one go. */
    public void setRows(List<R> items) {
        rows.setAll(items);
        if (!fitted) {
            Tables.fitColumns(table, items);
            fitted = !items.isEmpty();
        }
    }

    private boolean fitted;

    /** Sizes the table to show up to this many rows without scrolling. */
    public TablePane<R> setVisibleRows(int n) {
        double extra = table.getColumnResizePolicy() == TableView.UNCONSTRAINED_RESIZE_POLICY ? 0.8 : 0;
        table.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> table.getFixedCellSize() * (Math.max(1, Math.min(n, rows.size())) + 1.3 + extra),
                table.fixedCellSizeProperty(), rows));
        table.minHeightProperty().bind(table.fixedCellSizeProperty().multiply(2.5));
        return this;
    }

    public TableView<R> table() {
        return table;
    }

    public TextField filterField() {
        return filter;
    }
}
