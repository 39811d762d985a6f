package dev.mlwb.app.evidence.ops;

import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.evidence.EnvironmentField;
import dev.mlwb.app.evidence.EvidencePane;
import dev.mlwb.app.evidence.ViewContext;
import dev.mlwb.app.table.TablePane;
import dev.mlwb.app.table.Tables;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.FlowPane;

/** Training runs (or replicas) side by side: one column per run, one row per field, differences highlighted. */
public final class EnvironmentDiffView {
    private final EvidencePane root;

    public EnvironmentDiffView(EnvironmentDiffViewModel model, ViewContext context) {
        List<TableColumn<EnvironmentField, ?>> columns = new ArrayList<>();
        columns.add(Tables.textColumn("Field", EnvironmentField::field));
        for (int i = 0; i < model.runs().size(); i++) {
            int run = i;
            columns.add(Tables.textColumn(model.runs().get(i), f -> EnvironmentDiffViewModel.value(f, run)));
        }
        columns.add(Tables.textColumn("", EnvironmentDiffViewModel::verdict));
        TablePane<EnvironmentField> table = new TablePane<>("environment-table", columns,
                EnvironmentDiffViewModel::searchText);
        table.setRows(model.rows());
        table.setVisibleRows(14);
        Tables.rowStates(table.table(), EnvironmentDiffViewModel::states);
        CheckBox only = new CheckBox("Only fields that differ");
        only.setId("environment-only-differences");
        // a listener on the box, not a bidirectional binding: a binding holds both sides weakly, and nothing else
        // holds this view's model, so after a garbage collection the box would have filtered nothing
        only.setSelected(model.onlyDifferencesProperty().get());
        only.selectedProperty().addListener((obs, was, is) -> {
            model.onlyDifferencesProperty().set(is);
            table.setRows(model.rows());
        });
        FlowPane runs = new FlowPane(8, 4);
        model.runs().forEach(r -> {
            Hyperlink link = EvidencePane.link(Subject.run(r), r, context);
            runs.getChildren().add(link);
        });
        root = new EvidencePane("environment-diff", model.title(), model.caption(), runs, only, table);
    }

    public Node root() {
        return root;
    }
}
