package dev.mlwb.app.evidence.model;

import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.evidence.SegmentRow;
import dev.mlwb.analysis.format.Fmt;
import dev.mlwb.app.chart.ChartPane;
import dev.mlwb.app.chart.GroupedBarChart;
import dev.mlwb.app.evidence.EvidencePane;
import dev.mlwb.app.evidence.ViewContext;
import dev.mlwb.app.table.TablePane;
import dev.mlwb.app.table.Tables;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;

/** Segment regression: the metrics per segment and arm in a table, and the metric that fell as grouped bars. */
public final class SegmentMetricsView {
    private final EvidencePane root;

    public SegmentMetricsView(SegmentMetricsViewModel model, ViewContext context) {
        List<TableColumn<SegmentRow, ?>> columns = List.of(
                Tables.linkColumn("Segment", r -> r.label() + (r.critical() ? "  ★" : ""),
                        r -> r.slice().equals("all") ? Optional.empty() : Optional.of(new Subject("slice", r.slice())),
                        context::open),
                Tables.numberColumn("Rows", r -> (double) r.canaryRows(),
                        r -> Fmt.count(r.baselineRows()) + " / " + Fmt.count(r.canaryRows())),
                Tables.numberColumn("Precision", r -> r.canaryPrecision() - r.baselinePrecision(),
                        r -> SegmentMetricsViewModel.pair(r.baselinePrecision(), r.canaryPrecision())),
                Tables.numberColumn("Recall", r -> r.canaryRecall() - r.baselineRecall(),
                        r -> SegmentMetricsViewModel.pair(r.baselineRecall(), r.canaryRecall())),
                Tables.numberColumn("AUC", r -> r.canaryAuc() - r.baselineAuc(),
                        r -> SegmentMetricsViewModel.pair(r.baselineAuc(), r.canaryAuc())),
                Tables.numberColumn("Worst change", SegmentRow::worstDrop, SegmentMetricsViewModel::worst),
                Tables.numberColumn("p", SegmentRow::pValue, r -> Double.isNaN(r.pValue()) ? "n/a"
                        : Fmt.p(r.pValue()).replace("p = ", "").replace("p < ", "< ")),
                Tables.textColumn("Verdict", SegmentMetricsViewModel::verdict));
        TablePane<SegmentRow> table = new TablePane<>("segment-table", columns,
                r -> r.label() + " " + SegmentMetricsViewModel.verdict(r));
        table.setRows(model.rows());
        table.setVisibleRows(8);
        Tables.rowStates(table.table(), model::states);
        model.focused().ifPresent(f -> table.table().getSelectionModel().select(f));
        GroupedBarChart bars = new GroupedBarChart(model.barMetricWord(), "");
        bars.chart().setId("segment-chart");
        bars.chart().setPrefHeight(260);
        bars.set(model.categories(), model.bars());
        root = new EvidencePane("segment-metrics", model.title(), model.caption(), table,
                new ChartPane(model.barMetricWord() + " per segment, baseline vs canary", bars.chart()));
    }

    public Node root() {
        return root;
    }
}
