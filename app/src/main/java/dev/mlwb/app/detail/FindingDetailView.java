package dev.mlwb.app.detail;

import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.evidence.Evidence;
import dev.mlwb.app.evidence.EvidenceViews;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The selected finding: verdict, title, summary, subjects, measures, remedy, then its evidence views. */
public final class FindingDetailView {
    private final FindingDetailViewModel model;
    private final EvidenceViews evidenceViews;
    private final VBox content = new VBox(12);
    private final FlowPane subjects = new FlowPane(8, 6);
    private final FlowPane measures = new FlowPane(18, 6);
    private final VBox evidence = new VBox(18);
    private final ScrollPane root = new ScrollPane(content);

    public FindingDetailView(FindingDetailViewModel model, EvidenceViews evidenceViews) {
        this.model = model;
        this.evidenceViews = evidenceViews;
        createView();
        initListeners();
    }

    private void createView() {
        Label verdict = new Label();
        verdict.setId("detail-verdict");
        verdict.getStyleClass().add("verdict");
        verdict.textProperty().bind(model.verdictProperty());
        Label title = wrapped("detail-title", "detail-title");
        title.textProperty().bind(model.titleProperty());
        Label summary = wrapped("detail-summary", "summary");
        summary.textProperty().bind(model.summaryProperty());
        Label remedy = wrapped("detail-remedy", "remedy");
        remedy.textProperty().bind(model.remedyProperty());
        subjects.setId("detail-subjects");
        measures.setId("detail-measures");
        evidence.setId("detail-evidence");
        content.getChildren().addAll(verdict, title, summary, labelled("Subjects", subjects),
                labelled("Measures", measures), labelled("Remedy", remedy), evidence);
        content.getStyleClass().add("detail");
        root.setFitToWidth(true);
        root.getStyleClass().add("detail-scroll");
        Label empty = new Label("Select a finding to see its evidence.");
        empty.getStyleClass().add("caption");
        content.visibleProperty().bind(model.findingProperty().isNotNull());
    }

    private static Label wrapped(String id, String style) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        return l;
    }

    private static Node labelled(String name, Node value) {
        Label l = new Label(name);
        l.getStyleClass().add("field-name");
        return new VBox(4, l, value);
    }

    private void initListeners() {
        model.subjects().addListener((ListChangeListener<Subject>) c -> showSubjects());
        model.measures().addListener((ListChangeListener<MeasureItem>) c -> showMeasures());
        model.evidence().addListener((ListChangeListener<Evidence>) c -> showEvidence());
    }

    private void showSubjects() {
        subjects.getChildren().setAll(model.subjects().stream().map(s -> {
            Label chip = new Label(s.kind() + ": " + s.value());
            chip.getStyleClass().addAll("chip", "subject-" + s.kind());
            return (Node) chip;
        }).toList());
    }

    private void showMeasures() {
        measures.getChildren().setAll(model.measures().stream().map(m -> {
            Label name = new Label(m.name());
            name.getStyleClass().add("measure-name");
            Label value = new Label(m.value());
            value.getStyleClass().add("measure-value");
            return (Node) new HBox(6, name, value);
        }).toList());
    }

    private void showEvidence() {
        evidence.getChildren().setAll(model.evidence().stream()
                .map(e -> evidenceViews.create(e).orElseGet(() -> new Label("(no view for " + e.type() + " yet)")))
                .toList());
        root.setVvalue(0);
    }

    public Node root() {
        return root;
    }
}
