package dev.mlwb.app.evidence.drift;

import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.evidence.QualityRow;
import dev.mlwb.app.evidence.EvidencePane;
import dev.mlwb.app.evidence.ViewContext;
import dev.mlwb.app.table.TablePane;
import dev.mlwb.app.table.Tables;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;

/** Data quality per feature: types, null rates, the reference's range and values outside it. */
public final class QualityTableView {
    private final EvidencePane root;

    public QualityTableView(QualityTableViewModel model, ViewContext context) {
        List<TableColumn<QualityRow, ?>> columns = List.of(
                Tables.linkColumn("Feature", QualityRow::feature, r -> Optional.of(Subject.feature(r.feature())),
                        context::open),
                Tables.textColumn("Type", QualityTableViewModel::types),
                Tables.numberColumn("Nulls", r -> r.currentNullShare() - r.referenceNullShare(),
                        QualityTableViewModel::nulls),
                Tables.textColumn("Reference range", QualityTableViewModel::range),
                Tables.numberColumn("Outside the range", QualityRow::outOfRangeShare, QualityTableViewModel::outside),
                Tables.numberColumn("Unparseable", r -> (double) r.unparseable(),
                        r -> dev.mlwb.analysis.format.Fmt.count(r.unparseable())),
                Tables.textColumn("Verdict", QualityRow::verdict));
        TablePane<QualityRow> table = new TablePane<>("quality-table", columns, QualityTableViewModel::searchText);
        table.setRows(model.rows());
        table.setVisibleRows(10);
        Tables.rowStates(table.table(), QualityTableViewModel::states);
        root = new EvidencePane("quality-view", model.title(), model.caption(), table);
    }

    public Node root() {
        return root;
    }
}
