package dev.mlwb.app.evidence.ops;

import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.evidence.FieldDiff;
import dev.mlwb.analysis.evidence.VersionVerdict;
import dev.mlwb.app.evidence.EvidencePane;
import dev.mlwb.app.evidence.Times;
import dev.mlwb.app.evidence.ViewContext;
import dev.mlwb.app.table.TablePane;
import dev.mlwb.app.table.Tables;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;

/** Rollback verdict per model version, and the selected version's schema diff. */
public final class SchemaDiffView {
    private final EvidencePane root;

    public SchemaDiffView(SchemaDiffViewModel model, ViewContext context) {
        List<TableColumn<VersionVerdict, ?>> vcols = List.of(
                Tables.linkColumn("Version", VersionVerdict::version, v -> Optional.of(Subject.model(v.version())),
                        context::open),
                Tables.textColumn("Role", SchemaDiffViewModel::role),
                Tables.textColumn("Deployed", v -> Times.minute(v.deployedAt())),
                Tables.textColumn("Strict", v -> v.strict() ? "strict" : "lenient"),
                Tables.textColumn("Rollback", SchemaDiffViewModel::verdictWord),
                Tables.textColumn("Verdict", VersionVerdict::verdict));
        TablePane<VersionVerdict> versions = new TablePane<>("schema-versions", vcols,
                v -> v.version() + " " + v.verdict());
        versions.setRows(model.versions());
        versions.setVisibleRows(5);
        Tables.rowStates(versions.table(), SchemaDiffViewModel::versionStates);
        List<TableColumn<FieldDiff, ?>> fcols = List.of(
                Tables.linkColumn("Field", FieldDiff::field, f -> Optional.of(Subject.feature(f.field())), context::open),
                Tables.textColumn("Model type", f -> f.modelType().orElse("—")),
                Tables.textColumn("Payload type", f -> f.payloadType().orElse("—")),
                Tables.textColumn("Required", f -> f.required() ? "required" : "optional"),
                Tables.textColumn("Status", SchemaDiffViewModel::status),
                Tables.textColumn("Breaks", f -> f.breaks() ? "breaks" : "ok"));
        TablePane<FieldDiff> fields = new TablePane<>("schema-fields", fcols,
                f -> f.field() + " " + SchemaDiffViewModel.status(f));
        fields.setVisibleRows(8);
        Tables.rowStates(fields.table(), SchemaDiffViewModel::fieldStates);
        Label heading = EvidencePane.heading("");
        Runnable show = () -> {
            heading.setText(model.fieldsHeading());
            fields.setRows(model.fields());
        };
        versions.table().getSelectionModel().select(model.selectedProperty().get());
        versions.table().getSelectionModel().selectedItemProperty().addListener((obs, was, is) -> {
            if (is != null) {
                model.selectedProperty().set(is);
            }
        });
        model.selectedProperty().addListener((obs, was, is) -> show.run());
        show.run();
        root = new EvidencePane("schema-diff", model.title(), model.caption(), versions, heading, fields);
    }

    public Node root() {
        return root;
    }
}
