package dev.mlwb.app.story;

import dev.mlwb.app.nav.Navigation;
import dev.mlwb.app.nav.Place;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The story on the overview: "Likely root cause" with its chain (each finding under the one that explains it,
 * the reason in small type), when it started and when it was noticed; then the other root causes. Findings are
 * links to their evidence.
 */
public final class StoryView {
    private static final double INDENT = 26;

    private final StoryViewModel model;
    private final Navigation navigation;
    private final VBox rows = new VBox(4);
    private final VBox root;

    public StoryView(StoryViewModel model, Navigation navigation) {
        this.model = model;
        this.navigation = navigation;
        Label status = new Label();
        status.getStyleClass().add("caption");
        status.setWrapText(true);
        status.setId("story-status");
        status.textProperty().bind(model.statusProperty());
        status.visibleProperty().bind(model.statusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        Label headline = new Label();
        headline.getStyleClass().add("story-headline");
        headline.setWrapText(true);
        headline.setId("story-headline");
        headline.textProperty().bind(model.headlineProperty());
        headline.visibleProperty().bind(model.headlineProperty().isNotEmpty());
        headline.managedProperty().bind(headline.visibleProperty());
        root = new VBox(6, status, rows, headline);
        root.setId("story");
        root.getStyleClass().add("story");
        model.rows().addListener((ListChangeListener<StoryRow>) c -> show());
        show();
    }

    private void show() {
        rows.getChildren().setAll(model.rows().stream().map(this::row).toList());
    }

    private Node row(StoryRow r) {
        return switch (r.kind()) {
            case HEADING -> {
                Label l = new Label(r.text());
                l.getStyleClass().add("pane-title");
                yield l;
            }
            case ROOT, LINK -> finding(r);
            case WHEN, EVENT -> {
                Label l = new Label(r.text());
                l.getStyleClass().add(r.kind() == StoryRow.Kind.EVENT ? "story-event" : "story-when");
                l.setWrapText(true);
                VBox box = new VBox(1, l);
                if (!r.detail().isBlank()) {
                    box.getChildren().add(small(r.detail()));
                }
                box.setPadding(new javafx.geometry.Insets(0, 0, 0, INDENT * r.depth()));
                yield box;
            }
        };
    }

    private Node finding(StoryRow r) {
        Label badge = new Label(r.severity().toUpperCase(java.util.Locale.ROOT));
        badge.getStyleClass().add("badge");
        badge.pseudoClassStateChanged(PseudoClass.getPseudoClass(r.severity()), true);
        badge.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Hyperlink link = new Hyperlink(r.text());
        link.getStyleClass().add(r.kind() == StoryRow.Kind.ROOT ? "story-root" : "finding-link");
        link.setWrapText(true);
        r.finding().ifPresent(f -> link.setOnAction(e -> navigation.go(Place.finding(f))));
        Label arrow = new Label(r.kind() == StoryRow.Kind.LINK ? "↳" : "");
        arrow.getStyleClass().add("story-arrow");
        HBox line = new HBox(6, arrow, badge, link);
        line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox box = new VBox(0, line);
        if (r.kind() == StoryRow.Kind.LINK && !r.detail().isBlank()) {
            Label why = small(r.detail());
            why.setPadding(new javafx.geometry.Insets(0, 0, 0, 24));
            box.getChildren().add(why);
        }
        box.setPadding(new javafx.geometry.Insets(r.kind() == StoryRow.Kind.ROOT ? 2 : 0, 0, 0,
                INDENT * Math.max(0, r.depth() - 1) + (r.kind() == StoryRow.Kind.LINK ? 12 : 0)));
        box.getStyleClass().add(r.kind() == StoryRow.Kind.ROOT ? "story-root-line" : "story-link-line");
        return box;
    }

    private static Label small(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("story-why");
        l.setWrapText(true);
        return l;
    }

    public Node root() {
        return root;
    }
}
