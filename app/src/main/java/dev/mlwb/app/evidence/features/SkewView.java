package dev.mlwb.app.evidence.features;

import dev.mlwb.analysis.evidence.SkewExample;
import dev.mlwb.analysis.format.Fmt;
import dev.mlwb.app.chart.ChartPane;
import dev.mlwb.app.chart.LineChart;
import dev.mlwb.app.evidence.EvidencePane;
import dev.mlwb.app.table.TablePane;
import dev.mlwb.app.table.Tables;
import io.fair_acc.chartfx.XYChart;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;

/** Skew: the histogram of differences over joined rows, and the rows that differ most. */
public final class SkewView {
    private final EvidencePane root;

    public SkewView(SkewViewModel model) {
        List<Node> content = new ArrayList<>();
        if (model.hasDifferences()) {
            XYChart h = LineChart.numeric(model.differenceAxis(), "", "joined rows", "", model.histogram(),
                    model.marks());
            h.setId("skew-histogram");
            h.setPrefHeight(260);
            content.add(new ChartPane("Differences per joined row (most rows match: the spike at zero)", h));
        }
        List<TableColumn<SkewExample, ?>> columns = List.of(
                Tables.textColumn("Entity", SkewExample::entity),
                Tables.textColumn("Time (UTC)", SkewViewModel::at),
                Tables.textColumn("Reference", SkewExample::referenceValue),
                Tables.textColumn("Current", SkewExample::currentValue),
                Tables.numberColumn("Difference", SkewExample::difference, e -> Fmt.num(e.difference(), 4)));
        TablePane<SkewExample> table = new TablePane<>("skew-examples", columns,
                e -> e.entity() + " " + e.referenceValue() + " " + e.currentValue());
        table.setRows(model.examples());
        table.setVisibleRows(6);
        if (!model.examples().isEmpty()) {
            content.add(EvidencePane.heading("Rows that differ most"));
            content.add(table);
        }
        root = new EvidencePane("skew-view", model.title(), model.caption(), content.toArray(Node[]::new));
    }

    public Node root() {
        return root;
    }
}
