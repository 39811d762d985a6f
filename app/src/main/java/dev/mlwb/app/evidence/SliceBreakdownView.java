package dev.mlwb.app.evidence;

import dev.mlwb.app.chart.GroupedBarChart;
import dev.mlwb.app.chart.Palette;
import dev.mlwb.app.table.Tables;
import io.fair_acc.chartfx.XYChart;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/** Baseline against canary per slice: a sortable, colour-coded table and a grouped bar chart. */
public final class SliceBreakdownView {
    private static final PseudoClass BAD = PseudoClass.getPseudoClass("bad");
    private static final PseudoClass DOUBTFUL = PseudoClass.getPseudoClass("doubtful");

    private final SliceBreakdownViewModel model;
    private final VBox root = new VBox(8);

    public SliceBreakdownView(SliceBreakdownViewModel model) {
        this.model = model;
        createView();
    }

    private void createView() {
        Label title = new Label(model.title());
        title.getStyleClass().add("evidence-title");
        Label caption = new Label(model.caption());
        caption.getStyleClass().add("caption");
        caption.setWrapText(true);
        root.getChildren().addAll(title, caption, table(), chart());
        root.getStyleClass().add("evidence");
        root.setId("slice-breakdown");
    }

    private TableView<SliceRowItem> table() {
        TableView<SliceRowItem> t = new TableView<>();
        t.setId("slice-table");
        t.getStyleClass().add("slice-table");
        List<TableColumn<SliceRowItem, ?>> columns = new java.util.ArrayList<>();
        columns.add(Tables.textColumn("Slice", SliceRowItem::slice));
        columns.add(Tables.numberColumn("Base share", i -> i.row().baselineShare(), SliceRowItem::baselineShare));
        columns.add(Tables.numberColumn("Canary share", i -> i.row().canaryShare(), SliceRowItem::canaryShare));
        if (model.isTraffic()) {
            columns.add(Tables.numberColumn("Ratio", i -> i.row().shareRatio(), SliceRowItem::shareRatio));
            columns.add(Tables.numberColumn("Base " + model.unitWord(), i -> i.row().baselineTraffic(),
                    i -> dev.mlwb.analysis.format.Fmt.count(i.row().baselineTraffic())));
            columns.add(Tables.numberColumn("Canary " + model.unitWord(), i -> i.row().canaryTraffic(),
                    i -> dev.mlwb.analysis.format.Fmt.count(i.row().canaryTraffic())));
        } else {
            columns.add(Tables.numberColumn("Base " + model.metricWord(), i -> i.row().baselineRate(), SliceRowItem::baselineRate));
            columns.add(Tables.numberColumn("Canary " + model.metricWord(), i -> i.row().canaryRate(), SliceRowItem::canaryRate));
            columns.add(Tables.numberColumn("Change", i -> i.row().relativeChange(), SliceRowItem::change));
            columns.add(Tables.numberColumn("p", i -> i.row().pValue(), SliceRowItem::pValue));
        }
        columns.add(Tables.textColumn("Verdict", SliceRowItem::verdict));
        t.getColumns().setAll(columns);
        t.getItems().setAll(model.rows());
        t.setRowFactory(tv -> new TableRow<>() {
            @Override
            protected void updateItem(SliceRowItem item, boolean empty) {
                super.updateItem(item, empty);
                setTooltip(empty || item == null ? null : new javafx.scene.control.Tooltip(item.slice() + ": "
                        + item.traffic() + " " + model.unitWord() + " (baseline / canary)"));
                pseudoClassStateChanged(BAD, !empty && item != null && item.bad());
                pseudoClassStateChanged(DOUBTFUL, !empty && item != null && item.doubtful());
            }
        });
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setFixedCellSize(30);
        t.prefHeightProperty().bind(t.fixedCellSizeProperty().multiply(Math.min(model.rows().size(), 10) + 1.15));
        Tables.enableCopy(t);
        return t;
    }

    private Node chart() {
        GroupedBarChart bars = new GroupedBarChart(model.valueAxisLabel(), "%");
        XYChart chart = bars.chart();
        chart.setId("slice-chart");
        chart.setMinHeight(260);
        chart.setPrefHeight(300);
        bars.set(model.categories(), model.seriesNames(), List.of(Palette.BASELINE, Palette.CANARY), model.values());
        return chart;
    }

    public Node root() {
        return root;
    }
}
