package dev.mlwb.app.page;

import dev.mlwb.analysis.check.Finding;
import dev.mlwb.app.nav.Navigation;
import dev.mlwb.app.nav.Place;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The frame of a page: a header that stays on top (kind and title) over content that scrolls. */
final class PageFrame {
    private PageFrame() {
    }

    static BorderPane create(String id, String kind, String title, VBox content) {
        Label k = new Label(kind);
        k.getStyleClass().add("verdict");
        k.setId(id + "-kind");
        Label t = new Label(title);
        t.getStyleClass().add("detail-title");
        t.setWrapText(true);
        t.setId(id + "-title");
        VBox header = new VBox(2, k, t);
        header.getStyleClass().add("page-header");
        content.getStyleClass().add("detail");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("page-scroll");
        BorderPane root = new BorderPane(scroll);
        root.setTop(header);
        root.setId(id);
        return root;
    }

    /** The findings as links, each with its severity badge. */
    static Node findingLinks(List<Finding> findings, Navigation navigation) {
        VBox box = new VBox(4);
        for (Finding f : findings) {
            Label badge = new Label(f.severity().name());
            badge.getStyleClass().add("badge");
            badge.pseudoClassStateChanged(PseudoClass.getPseudoClass(f.severity().key()), true);
            Hyperlink link = new Hyperlink(f.title());
            link.setWrapText(true);
            link.setOnAction(e -> navigation.go(Place.finding(f)));
            HBox row = new HBox(8, badge, link);
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            box.getChildren().add(row);
        }
        return box;
    }

    static Label text(String s, String style) {
        Label l = new Label(s);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        return l;
    }
}
