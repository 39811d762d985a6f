package dev.mlwb.app.main;

import dev.mlwb.analysis.format.Fmt;
import dev.mlwb.app.nav.Navigation;
import dev.mlwb.app.nav.Place;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * Back, forward, overview, where the analyst is, the selected time range (with a button to clear
 * it), the live-mode toggle, and the presentation-mode toggle.
 */
final class NavigationBar {
    private final HBox root = new HBox(6);

    NavigationBar(MainViewModel model, Node live) {
        Navigation nav = model.navigation();
        Button back = button("◀", "Back (Alt+Left)", "nav-back");
        back.setOnAction(e -> nav.back());
        back.disableProperty().bind(nav.canGoBackProperty().not());
        Button forward = button("▶", "Forward (Alt+Right)", "nav-forward");
        forward.setOnAction(e -> nav.forward());
        forward.disableProperty().bind(nav.canGoForwardProperty().not());
        Button overview = button("Overview", "The incident overview (Alt+Home)", "nav-overview");
        overview.setOnAction(e -> nav.go(Place.overview()));
        overview.disableProperty().bind(model.reportProperty().isNull());
        Label where = new Label();
        where.setId("nav-place");
        where.getStyleClass().add("nav-place");
        where.textProperty().bind(Bindings.createStringBinding(() -> nav.current().label(), nav.currentProperty()));
        where.setMinWidth(0);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label range = new Label();
        range.setId("range-chip");
        range.getStyleClass().add("range-chip");
        range.textProperty().bind(Bindings.createStringBinding(() -> model.timeRangeProperty().get() == null ? ""
                : "Time range: " + Fmt.period(model.timeRangeProperty().get()), model.timeRangeProperty()));
        Button clear = button("✕", "Clear the time range", "range-clear");
        clear.setOnAction(e -> model.timeRangeProperty().set(null));
        for (Node n : new Node[] {range, clear}) {
            n.visibleProperty().bind(model.timeRangeProperty().isNotNull());
            n.managedProperty().bind(n.visibleProperty());
        }
        ToggleButton present = new ToggleButton("Present (F5)");
        present.setId("presentation-toggle");
        present.setTooltip(new Tooltip("Presentation mode: larger type, high contrast, chrome hidden (F5, Esc)"));
        present.setFocusTraversable(false);
        present.selectedProperty().bindBidirectional(model.presentationProperty());
        // A long finding title shrinks (ellipsis) instead of squeezing the buttons to "...".
        for (Node n : new Node[] {back, forward, overview, range, clear, present}) {
            ((Region) n).setMinWidth(Region.USE_PREF_SIZE);
        }
        root.getChildren().addAll(back, forward, overview, where, gap, range, clear, live, present);
        root.getStyleClass().add("nav-bar");
    }

    private static Button button(String text, String tip, String id) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        return b;
    }

    Node root() {
        return root;
    }
}
