package dev.mlwb.app.evidence.model;

import dev.mlwb.analysis.format.Fmt;
import dev.mlwb.app.chart.ChartPane;
import dev.mlwb.app.chart.Charts;
import dev.mlwb.app.chart.GroupedBarChart;
import dev.mlwb.app.chart.LineChart;
import dev.mlwb.app.evidence.EvidencePane;
import dev.mlwb.app.table.TablePane;
import dev.mlwb.app.table.Tables;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;

/** The reliability diagram with the rows per bin beneath it, and every bin as a table. */
public final class CalibrationView {
    private final EvidencePane root;

    public CalibrationView(CalibrationViewModel model) {
        DefaultNumericAxis x = Charts.bottomAxis("mean predicted probability", "");
        DefaultNumericAxis y = Charts.valueAxis("observed positive rate", "");
        for (DefaultNumericAxis a : List.of(x, y)) {
            a.setAutoRanging(false);
            a.set(0, 1);
            a.setTickUnit(0.1);
        }
        XYChart diagram = LineChart.create(x, y, model.curves(), List.of());
        diagram.setId("reliability-chart");
        diagram.setPrefHeight(360);
        GroupedBarChart counts = new GroupedBarChart("labelled rows", "");
        counts.chart().setId("reliability-counts");
        counts.chart().setPrefHeight(170);
        counts.set(model.binLabels(), model.binCounts());
        List<TableColumn<CalibrationViewModel.BinItem, ?>> columns = List.of(
                Tables.textColumn("Arm / dataset", CalibrationViewModel.BinItem::name),
                Tables.textColumn("Scores", CalibrationViewModel.BinItem::range),
                Tables.numberColumn("Rows", b -> (double) b.bin().rows(), b -> Fmt.count(b.bin().rows())),
                Tables.numberColumn("Predicted", b -> b.bin().meanPredicted(), b -> Fmt.pct(b.bin().meanPredicted())),
                Tables.numberColumn("Observed", b -> b.bin().observedRate(), b -> Fmt.pct(b.bin().observedRate())),
                Tables.numberColumn("Gap", b -> b.bin().gap(), b -> Fmt.num(b.bin().gap(), 3)));
        TablePane<CalibrationViewModel.BinItem> table = new TablePane<>("calibration-table", columns,
                b -> b.name() + " " + b.range());
        table.setRows(model.bins());
        table.setVisibleRows(6);
        Tables.rowStates(table.table(), CalibrationViewModel.BinItem::states);
        root = new EvidencePane("calibration-view", model.title(), model.caption(),
                new ChartPane("Reliability diagram (ECE and Brier score in the legend)", diagram),
                new ChartPane("Labelled rows per score bin", counts.chart()), table);
    }

    public Node root() {
        return root;
    }
}
