package dev.mlwb.app.page;

import dev.mlwb.app.detail.FindingDetailViewModel;
import dev.mlwb.app.evidence.EvidencePane;
import dev.mlwb.app.evidence.EvidenceViews;
import dev.mlwb.app.evidence.ViewContext;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Everything about one subject: the findings naming it, the evidence about it (focused on it), its measures. */
public final class SubjectPageView {
    private final Node root;

    public SubjectPageView(SubjectPageViewModel model, EvidenceViews views, ViewContext context) {
        ViewContext focused = context.focusing(Optional.of(model.subject()));
        VBox content = new VBox(12);
        content.getChildren().add(PageFrame.text(model.caption(), "caption"));
        if (!model.findings().isEmpty()) {
            content.getChildren().addAll(EvidencePane.heading("Findings"),
                    PageFrame.findingLinks(model.findings(), context.navigation()));
        }
        content.getChildren().addAll(views.create(model.evidence(), focused));
        if (!model.measures().isEmpty()) {
            content.getChildren().add(EvidencePane.heading("Measures"));
            model.measures().forEach((check, m) -> content.getChildren().add(measures(check, m)));
        }
        root = PageFrame.create("subject-page", model.kindWord(), model.title(), content);
    }

    private static Node measures(String check, Map<String, Double> m) {
        FlowPane values = new FlowPane(18, 4);
        m.forEach((name, v) -> {
            Label n = new Label(name.replace('_', ' '));
            n.getStyleClass().add("measure-name");
            Label val = new Label(FindingDetailViewModel.format(name, v));
            val.getStyleClass().add("measure-value");
            values.getChildren().add(new HBox(6, n, val));
        });
        Label c = new Label(check);
        c.getStyleClass().add("field-name");
        return new VBox(2, c, values);
    }

    public Node root() {
        return root;
    }
}
