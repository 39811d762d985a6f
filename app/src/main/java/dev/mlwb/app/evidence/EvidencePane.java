package dev.mlwb.app.evidence;

import dev.mlwb.analysis.check.Subject;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The frame of every evidence view: a title, a caption saying what is compared, then the content. */
public final class EvidencePane extends VBox {
    public EvidencePane(String id, String title, String caption, Node... content) {
        super(8);
        setId(id);
        getStyleClass().add("evidence");
        Label t = new Label(title);
        t.getStyleClass().add("evidence-title");
        t.setWrapText(true);
        getChildren().add(t);
        if (caption != null && !caption.isBlank()) {
            Label c = new Label(caption);
            c.getStyleClass().add("caption");
            c.setWrapText(true);
            getChildren().add(c);
        }
        getChildren().addAll(content);
    }

    /** A link that opens everything about a subject. */
    public static Hyperlink link(Subject s, String text, ViewContext ctx) {
        Hyperlink l = new Hyperlink(text);
        l.getStyleClass().addAll("subject-link", "subject-" + s.kind());
        l.setOnAction(e -> ctx.open(s));
        return l;
    }

    /** A section heading inside a view. */
    public static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("evidence-heading");
        l.setWrapText(true);
        return l;
    }
}
