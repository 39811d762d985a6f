package dev.mlwb.app.evidence.features;

import dev.mlwb.analysis.evidence.ImputationBatch;
import dev.mlwb.analysis.format.Fmt;
import dev.mlwb.app.chart.ChartPane;
import dev.mlwb.app.chart.GroupedBarChart;
import dev.mlwb.app.evidence.EvidencePane;
import dev.mlwb.app.table.TablePane;
import dev.mlwb.app.table.Tables;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;

/** Imputation rate per batch with the limit as a line, and the batches as a table. */
public final class ImputationView {
    private final EvidencePane root;

    public ImputationView(ImputationViewModel model) {
        GroupedBarChart bars = new GroupedBarChart("imputed rows", "%");
        bars.chart().setId("imputation-chart");
        bars.chart().setPrefHeight(260);
        bars.set(model.categories(), model.bars());
        bars.mark(model.marks());
        List<TableColumn<ImputationBatch, ?>> columns = List.of(
                Tables.textColumn("Batch", ImputationBatch::batch),
                Tables.textColumn("Started (UTC)", ImputationViewModel::start),
                Tables.numberColumn("Imputed", b -> (double) b.imputed(), b -> Fmt.count(b.imputed())),
                Tables.numberColumn("Rows", b -> (double) b.total(), b -> Fmt.count(b.total())),
                Tables.numberColumn("Rate", ImputationBatch::rate, b -> Fmt.pct(b.rate())));
        TablePane<ImputationBatch> table = new TablePane<>("imputation-table", columns, ImputationBatch::batch);
        table.setRows(model.batches());
        table.setVisibleRows(6);
        Tables.rowStates(table.table(), model::states);
        root = new EvidencePane("imputation-view", model.title(), model.caption(),
                new ChartPane("Imputation rate of " + model.feature() + " per batch", bars.chart()), table);
    }

    public Node root() {
        return root;
    }
}
