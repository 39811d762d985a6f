package dev.mlwb.app.evidence.drift;

import dev.mlwb.app.chart.ChartPane;
import dev.mlwb.app.chart.GroupedBarChart;
import dev.mlwb.app.chart.LineChart;
import dev.mlwb.app.chart.SharedTimeRange;
import dev.mlwb.app.evidence.EvidencePane;
import dev.mlwb.app.evidence.ViewContext;
import dev.mlwb.app.table.TablePane;
import dev.mlwb.app.table.Tables;
import io.fair_acc.chartfx.XYChart;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.VBox;

/**
 * The drift view: every compared feature worst first (PSI, KS or JS, p-value, verdict); the selected
 * one's distributions and its drift per window below. Selecting a row redraws the charts; a
 * feature's name opens everything about that feature.
 */
public final class DriftView {
    private final DriftViewModel model;
    private final ViewContext context;
    private final VBox charts = new VBox(10);
    private final EvidencePane root;

    public DriftView(DriftViewModel model, ViewContext context) {
        this.model = model;
        this.context = context;
        TablePane<DriftItem> table = table();
        root = new EvidencePane("drift-view", model.title(), model.caption(), table, charts);
        table.table().getSelectionModel().selectedItemProperty().addListener((obs, was, is) -> {
            if (is != null) {
                model.selectedProperty().set(is);
            }
        });
        model.selectedProperty().addListener((obs, was, is) -> showCharts());
        table.table().getSelectionModel().select(model.selectedProperty().get());
        showCharts();
    }

    private TablePane<DriftItem> table() {
        List<TableColumn<DriftItem, ?>> columns = List.of(
                Tables.linkColumn("Feature", DriftItem::name, i -> Optional.of(i.subject()), context::open),
                Tables.textColumn("Kind", i -> i.pair().kind()),
                Tables.numberColumn("PSI", i -> i.pair().psi(), DriftItem::psi),
                Tables.numberColumn("Worst window", DriftItem::maxWindowPsi,
                        i -> dev.mlwb.analysis.format.Fmt.num(i.maxWindowPsi(), 3)),
                Tables.numberColumn("KS / JS", DriftItem::distanceValue, DriftItem::distance),
                Tables.numberColumn("p", DriftItem::pValueRaw, DriftItem::pValue),
                Tables.textColumn("Verdict", DriftItem::verdict));
        TablePane<DriftItem> pane = new TablePane<>("drift-table", columns, DriftItem::searchText);
        pane.setRows(model.items());
        pane.setVisibleRows(6);
        Tables.rowStates(pane.table(), DriftItem::states);
        return pane;
    }

    private void showCharts() {
        charts.getChildren().setAll(EvidencePane.heading(model.selectedHeading()));
        if (model.selectedProperty().get() == null) {
            return;
        }
        GroupedBarChart bars = new GroupedBarChart("share of rows", "%");
        bars.chart().setId("drift-histogram");
        bars.chart().setPrefHeight(280);
        bars.set(model.categories(), model.bars());
        charts.getChildren().add(new ChartPane(model.histogramCaption(), bars.chart()));
        if (model.hasOverTime()) {
            XYChart t = LineChart.overTime("PSI", "", model.overTimeLines(), model.overTimeMarks());
            t.setId("drift-over-time");
            t.setPrefHeight(240);
            SharedTimeRange.follow(t, context.timeRange());
            charts.getChildren().add(new ChartPane(model.overTimeCaption(), t));
        }
    }

    public Node root() {
        return root;
    }
}
