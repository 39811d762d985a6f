package dev.mlwb.app.evidence.features;

import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.evidence.LeakageTimeline;
import dev.mlwb.analysis.format.Fmt;
import dev.mlwb.app.chart.ChartPane;
import dev.mlwb.app.chart.GroupedBarChart;
import dev.mlwb.app.chart.LaneChart;
import dev.mlwb.app.chart.model.Mark;
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
import javafx.scene.layout.VBox;

/** Leakage timeline: features with timestamps, the selected one's lookahead distribution and example rows. */
public final class LeakageView {
    private final LeakageViewModel model;
    private final VBox charts = new VBox(10);
    private final EvidencePane root;

    public LeakageView(LeakageViewModel model, ViewContext context) {
        this.model = model;
        List<TableColumn<LeakageTimeline, ?>> columns = List.of(
                Tables.linkColumn("Feature", LeakageTimeline::feature, l -> Optional.of(Subject.feature(l.feature())),
                        context::open),
                Tables.textColumn("Dataset", LeakageTimeline::dataset),
                Tables.numberColumn("Rows", l -> (double) l.rows(), l -> Fmt.count(l.rows())),
                Tables.numberColumn("Violations", LeakageTimeline::violationShare,
                        l -> Fmt.count(l.violations()) + " (" + Fmt.pct(l.violationShare()) + ")"),
                Tables.numberColumn("Max lookahead", LeakageTimeline::maxLookaheadHours,
                        l -> Fmt.num(l.maxLookaheadHours(), 1) + " h"),
                // distinct feature times among the violating rows: none when nothing leaks
                Tables.textColumn("Leaking rows computed", l -> l.distinctFeatureTimes() == 0 ? "—"
                        : l.distinctFeatureTimes() == 1 ? "once, " + Times.minute(l.latestFeatureTime())
                        : Fmt.count(l.distinctFeatureTimes()) + " times"));
        TablePane<LeakageTimeline> table = new TablePane<>("leakage-table", columns,
                l -> l.feature() + " " + l.dataset());
        table.setRows(model.features());
        table.setVisibleRows(5);
        Tables.rowStates(table.table(), LeakageViewModel::states);
        table.table().getSelectionModel().select(model.selectedProperty().get());
        table.table().getSelectionModel().selectedItemProperty().addListener((obs, was, is) -> {
            if (is != null) {
                model.selectedProperty().set(is);
            }
        });
        model.selectedProperty().addListener((obs, was, is) -> showCharts());
        root = new EvidencePane("leakage-view", model.title(), model.caption(), table, charts);
        showCharts();
    }

    private void showCharts() {
        charts.getChildren().setAll(EvidencePane.heading(model.heading()));
        GroupedBarChart bars = new GroupedBarChart("rows", "");
        bars.chart().setId("lookahead-chart");
        bars.chart().setPrefHeight(250);
        bars.set(model.binLabels(), model.bars());
        bars.mark(model.toleranceMarks());
        charts.getChildren().add(new ChartPane("Lookahead: how long after the prediction the value was computed",
                bars.chart()));
        if (!model.examples().isEmpty()) {
            XYChart lanes = LaneChart.create(model.exampleLanes(), model.exampleLayers(), List.<Mark>of(), 4);
            lanes.setId("leakage-examples");
            charts.getChildren().add(new ChartPane("Worst rows: prediction, label and feature times", lanes));
        }
    }

    public Node root() {
        return root;
    }
}
