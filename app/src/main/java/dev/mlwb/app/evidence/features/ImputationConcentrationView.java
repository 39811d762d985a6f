package dev.mlwb.app.evidence.features;

import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.evidence.ConcentrationRow;
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

/** Imputation rate per value of a slice or category, hot values in vermillion, with the overall rate as a line. */
public final class ImputationConcentrationView {
    private final EvidencePane root;

    public ImputationConcentrationView(ImputationConcentrationViewModel model, ViewContext context) {
        GroupedBarChart bars = new GroupedBarChart("imputed rows", "%");
        bars.chart().setId("concentration-chart");
        bars.chart().setPrefHeight(260);
        bars.set(model.categories(), model.bars());
        bars.mark(model.marks());
        List<TableColumn<ConcentrationRow, ?>> columns = List.of(
                Tables.linkColumn(model.dimension(), ConcentrationRow::value,
                        r -> Optional.of(new Subject("slice", model.dimension() + "=" + r.value())), context::open),
                Tables.numberColumn("Rows", r -> (double) r.rows(), r -> Fmt.count(r.rows())),
                Tables.numberColumn("Imputed", r -> (double) r.imputed(), r -> Fmt.count(r.imputed())),
                Tables.numberColumn("Rate", ConcentrationRow::rate, r -> Fmt.pct(r.rate())),
                Tables.numberColumn("Share of imputed", ConcentrationRow::shareOfImputed,
                        r -> Fmt.pct(r.shareOfImputed())),
                Tables.numberColumn("Lift", ConcentrationRow::lift, r -> Fmt.num(r.lift(), r.lift() < 1 ? 2 : 1) + "×"));
        TablePane<ConcentrationRow> table = new TablePane<>("concentration-table", columns, ConcentrationRow::value);
        table.setRows(model.values());
        table.setVisibleRows(6);
        Tables.rowStates(table.table(), ImputationConcentrationViewModel::states);
        root = new EvidencePane("imputation-concentration", model.title(), model.caption(),
                new ChartPane("Imputation rate per " + model.dimension(), bars.chart()), table);
    }

    public Node root() {
        return root;
    }
}
