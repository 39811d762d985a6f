package dev.mlwb.app.page;

import dev.mlwb.analysis.check.Subject;
import dev.mlwb.app.detail.FindingDetailViewModel;
import dev.mlwb.app.evidence.EvidencePane;
import dev.mlwb.app.evidence.EvidenceViews;
import dev.mlwb.app.evidence.ViewContext;
import dev.mlwb.app.table.TablePane;
import dev.mlwb.app.table.Tables;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.VBox;

/** One check in full: status, findings, the measures of every subject it examined, and all its evidence. */
public final class CheckPageView {
    private final Node root;

    public CheckPageView(CheckPageViewModel model, EvidenceViews views, ViewContext context) {
        VBox content = new VBox(12);
        content.getChildren().add(PageFrame.text(model.description(), "summary"));
        if (!model.findings().isEmpty()) {
            content.getChildren().addAll(EvidencePane.heading("Findings"),
                    PageFrame.findingLinks(model.findings(), context.navigation()));
        }
        if (!model.measureRows().isEmpty()) {
            content.getChildren().addAll(EvidencePane.heading("Every subject examined (flagged ones in bold)"),
                    measures(model, context));
        }
        content.getChildren().addAll(views.create(model.evidence(), context));
        root = PageFrame.create("check-page", model.status(), model.id(), content);
    }

    private static Node measures(CheckPageViewModel model, ViewContext context) {
        List<TableColumn<CheckPageViewModel.MeasureRow, ?>> columns = new ArrayList<>();
        columns.add(Tables.linkColumn("Subject", CheckPageViewModel.MeasureRow::subject,
                r -> Subject.parse(r.subject()), context::open));
        for (String name : model.measureNames()) {
            columns.add(Tables.numberColumn(name.replace('_', ' '), r -> r.value(name),
                    r -> Double.isNaN(r.value(name)) ? "" : FindingDetailViewModel.format(name, r.value(name))));
        }
        TablePane<CheckPageViewModel.MeasureRow> table = new TablePane<>("check-measures", columns,
                CheckPageViewModel.MeasureRow::subject);
        table.table().setColumnResizePolicy(javafx.scene.control.TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setRows(model.measureRows());
        table.setVisibleRows(8);
        Tables.rowStates(table.table(), r -> r.flagged() ? java.util.Set.of("bad") : java.util.Set.of());
        return table;
    }

    public Node root() {
        return root;
    }
}
