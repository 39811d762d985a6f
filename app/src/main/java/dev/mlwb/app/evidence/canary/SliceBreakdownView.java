package dev.mlwb.app.evidence.canary;

import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.format.Fmt;
import dev.mlwb.app.chart.ChartPane;
import dev.mlwb.app.chart.GroupedBarChart;
import dev.mlwb.app.chart.Palette;
import dev.mlwb.app.evidence.EvidencePane;
import dev.mlwb.app.evidence.ViewContext;
import dev.mlwb.app.table.TablePane;
import dev.mlwb.app.table.Tables;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;

/**
 * Baseline against canary per slice: a sortable, filterable table coloured by verdict against the
 * guard (★ marks critical slices; a linked slice is highlighted), and a grouped bar chart.
 */
public final class SliceBreakdownView {
    private final SliceBreakdownViewModel model;
    private final ViewContext context;
    private final EvidencePane root;

    public SliceBreakdownView(SliceBreakdownViewModel model, ViewContext context) {
        this.model = model;
        this.context = context;
        root = new EvidencePane("slice-breakdown", model.title(), model.caption(), table(), chart());
    }

    private Node table() {
        List<TableColumn<SliceRowItem, ?>> columns = new ArrayList<>();
        columns.add(Tables.linkColumn("Slice", SliceRowItem::slice,
                i -> Optional.of(new Subject("slice", i.row().slice())), context::open));
        columns.add(Tables.numberColumn("Base share", i -> i.row().baselineShare(), SliceRowItem::baselineShare));
        columns.add(Tables.numberColumn("Canary share", i -> i.row().canaryShare(), SliceRowItem::canaryShare));
        if (model.isTraffic()) {
            columns.add(Tables.numberColumn("Ratio", i -> i.row().shareRatio(), SliceRowItem::shareRatio));
            columns.add(Tables.numberColumn("Base " + model.unitWord(), i -> i.row().baselineTraffic(),
                    i -> Fmt.count(i.row().baselineTraffic())));
            columns.add(Tables.numberColumn("Canary " + model.unitWord(), i -> i.row().canaryTraffic(),
                    i -> Fmt.count(i.row().canaryTraffic())));
        } else {
            columns.add(Tables.numberColumn("Base " + model.metricWord(), i -> i.row().baselineRate(),
                    SliceRowItem::baselineRate));
            columns.add(Tables.numberColumn("Canary " + model.metricWord(), i -> i.row().canaryRate(),
                    SliceRowItem::canaryRate));
            columns.add(Tables.numberColumn("Change", i -> i.row().relativeChange(), SliceRowItem::change));
            columns.add(Tables.numberColumn("p", i -> i.row().pValue(), SliceRowItem::pValue));
        }
        columns.add(Tables.textColumn("Verdict", SliceRowItem::verdict));
        TablePane<SliceRowItem> pane = new TablePane<>("slice-table", columns, SliceBreakdownViewModel::searchText);
        pane.table().getStyleClass().add("slice-table");
        pane.setRows(model.rows());
        pane.setVisibleRows(8);
        Tables.rowStates(pane.table(), SliceBreakdownViewModel::states);
        model.focused().ifPresent(f -> {
            pane.table().getSelectionModel().select(f);
            pane.table().scrollTo(f);
        });
        return pane;
    }

    private Node chart() {
        GroupedBarChart bars = new GroupedBarChart(model.valueAxisLabel(), "%");
        bars.chart().setId("slice-chart");
        bars.chart().setPrefHeight(280);
        bars.set(model.categories(), model.seriesNames(), List.of(Palette.BASELINE, Palette.CANARY), model.values());
        return new ChartPane(model.valueAxisLabel() + " by " + model.dimension() + ", baseline vs canary",
                bars.chart());
    }

    public Node root() {
        return root;
    }
}
