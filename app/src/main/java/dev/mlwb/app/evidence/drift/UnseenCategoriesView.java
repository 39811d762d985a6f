package dev.mlwb.app.evidence.drift;

import dev.mlwb.analysis.evidence.CategoryCount;
import dev.mlwb.analysis.format.Fmt;
import dev.mlwb.app.chart.ChartPane;
import dev.mlwb.app.chart.GroupedBarChart;
import dev.mlwb.app.evidence.EvidencePane;
import dev.mlwb.app.table.TablePane;
import dev.mlwb.app.table.Tables;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;

/** Unseen categories: bars of every category's share, unseen ones in vermillion, and the table. */
public final class UnseenCategoriesView {
    private final EvidencePane root;

    public UnseenCategoriesView(UnseenCategoriesViewModel model) {
        GroupedBarChart bars = new GroupedBarChart("share of rows", "%");
        bars.chart().setId("unseen-chart");
        bars.chart().setPrefHeight(260);
        bars.set(model.categories(), model.bars());
        List<TableColumn<CategoryCount, ?>> columns = List.of(
                Tables.textColumn("Category", CategoryCount::value),
                Tables.numberColumn("Rows", c -> (double) c.rows(), c -> Fmt.count(c.rows())),
                Tables.numberColumn("Share", CategoryCount::share, c -> Fmt.pct(c.share())),
                Tables.textColumn("Known", c -> c.unseen() ? "unseen" : "known"));
        TablePane<CategoryCount> table = new TablePane<>("unseen-table", columns,
                c -> c.value() + (c.unseen() ? " unseen" : " known"));
        table.setRows(model.values());
        table.setVisibleRows(6);
        Tables.rowStates(table.table(), UnseenCategoriesViewModel::states);
        root = new EvidencePane("unseen-categories", model.title(), model.caption(),
                new ChartPane("Share of rows per category of " + model.feature(), bars.chart()), table);
    }

    public Node root() {
        return root;
    }
}
