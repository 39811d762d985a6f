package dev.mlwb.app.evidence.model;

import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.evidence.DatasetQuality;
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

/** Offline against online: AUC per predictions dataset as bars with the allowed gap, and the datasets' table. */
public final class ModelQualityView {
    private final EvidencePane root;

    public ModelQualityView(ModelQualityViewModel model, ViewContext context) {
        GroupedBarChart bars = new GroupedBarChart("ROC AUC", "");
        bars.chart().setId("model-quality-chart");
        bars.chart().setPrefHeight(260);
        bars.set(model.categories(), model.bars());
        bars.mark(model.marks());
        List<TableColumn<DatasetQuality, ?>> columns = List.of(
                Tables.linkColumn("Dataset", DatasetQuality::dataset,
                        d -> Optional.of(Subject.source(d.dataset())), context::open),
                Tables.textColumn("Role", DatasetQuality::role),
                Tables.numberColumn("Rows", d -> (double) d.rows(), d -> Fmt.count(d.rows())),
                Tables.numberColumn("Labelled", d -> (double) d.labelled(), d -> Fmt.count(d.labelled())),
                Tables.numberColumn("Positives", d -> (double) d.positives(), d -> Fmt.count(d.positives())),
                Tables.numberColumn("AUC", DatasetQuality::auc, d -> Fmt.num(d.auc(), 3)),
                Tables.textColumn("Gap", model::gap),
                Tables.numberColumn("Mean score", DatasetQuality::meanScore, d -> Fmt.num(d.meanScore(), 3)));
        TablePane<DatasetQuality> table = new TablePane<>("model-quality-table", columns,
                d -> d.dataset() + " " + d.role());
        table.setRows(model.datasets());
        table.setVisibleRows(5);
        Tables.rowStates(table.table(), model::states);
        root = new EvidencePane("model-quality", model.title(), model.caption(),
                new ChartPane("ROC AUC per predictions dataset", bars.chart()), table);
    }

    public Node root() {
        return root;
    }
}
