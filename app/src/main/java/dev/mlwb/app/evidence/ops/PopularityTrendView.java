package dev.mlwb.app.evidence.ops;

import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.evidence.ItemShare;
import dev.mlwb.analysis.evidence.PopularityWindow;
import dev.mlwb.analysis.format.Fmt;
import dev.mlwb.app.chart.ChartPane;
import dev.mlwb.app.chart.LineChart;
import dev.mlwb.app.chart.SharedTimeRange;
import dev.mlwb.app.evidence.EvidencePane;
import dev.mlwb.app.evidence.Times;
import dev.mlwb.app.evidence.ViewContext;
import dev.mlwb.app.table.TablePane;
import dev.mlwb.app.table.Tables;
import io.fair_acc.chartfx.XYChart;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;

/** Popularity trend: Gini, coverage and top share per window, the windows and the items gaining most. */
public final class PopularityTrendView {
    private final EvidencePane root;

    public PopularityTrendView(PopularityTrendViewModel model, ViewContext context) {
        XYChart chart = LineChart.overTime("share / coefficient", "", model.lines(), model.marks());
        chart.setId("popularity-chart");
        chart.setPrefHeight(300);
        chart.getYAxis().setAutoRanging(false);
        chart.getYAxis().set(0, 1);
        SharedTimeRange.follow(chart, context.timeRange());
        List<TableColumn<PopularityWindow, ?>> wcols = List.of(
                Tables.textColumn("Window (UTC)", w -> Times.day(w.start()) + " – " + Times.day(w.end())),
                Tables.numberColumn("Exposures", w -> (double) w.exposures(), w -> Fmt.count(w.exposures())),
                Tables.numberColumn("Items shown", w -> (double) w.itemsShown(), w -> Fmt.count(w.itemsShown())),
                Tables.numberColumn("Gini", PopularityWindow::gini, w -> Fmt.num(w.gini(), 3)),
                Tables.numberColumn("Coverage", PopularityWindow::coverage, w -> Fmt.pct(w.coverage())),
                Tables.numberColumn("Top 1 % share", PopularityWindow::top1PctShare, w -> Fmt.pct(w.top1PctShare())));
        TablePane<PopularityWindow> windows = new TablePane<>("popularity-windows", wcols, w -> Times.day(w.start()));
        windows.setRows(model.windows());
        windows.setVisibleRows(5);
        List<TableColumn<ItemShare, ?>> icols = List.of(
                Tables.linkColumn("Item", ItemShare::item, i -> Optional.of(Subject.item(i.item())), context::open),
                Tables.numberColumn("First window", ItemShare::firstShare, i -> Fmt.pct(i.firstShare())),
                Tables.numberColumn("Last window", ItemShare::lastShare, i -> Fmt.pct(i.lastShare())));
        TablePane<ItemShare> items = new TablePane<>("popularity-items", icols, ItemShare::item);
        items.setRows(model.topItems());
        items.setVisibleRows(5);
        root = new EvidencePane("popularity-trend", model.title(), model.caption(),
                new ChartPane("Concentration of exposures per window", chart), windows,
                EvidencePane.heading("Most-shown items of the last window"), items);
    }

    public Node root() {
        return root;
    }
}
