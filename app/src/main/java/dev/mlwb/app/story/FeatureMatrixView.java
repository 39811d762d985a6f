package dev.mlwb.app.story;

import dev.mlwb.app.nav.Navigation;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;

/** The feature health matrix as a grid of coloured cells; a cell opens its evidence. */
public final class FeatureMatrixView {
    private final GridPane grid = new GridPane();

    public FeatureMatrixView(FeatureMatrixViewModel model, Navigation navigation) {
        grid.setId("feature-matrix");
        grid.setHgap(4);
        grid.setVgap(3);
        for (int c = 0; c < model.columns().size(); c++) {
            Label h = new Label(model.columns().get(c));
            h.getStyleClass().add("matrix-head");
            grid.add(h, c + 1, 0);
        }
        for (int r = 0; r < model.rows().size(); r++) {
            FeatureMatrixViewModel.Row row = model.rows().get(r);
            Label name = new Label(row.feature());
            name.getStyleClass().add("matrix-feature");
            name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            grid.add(name, 0, r + 1);
            for (int c = 0; c < row.cells().size(); c++) {
                FeatureMatrixViewModel.Cell cell = row.cells().get(c);
                Hyperlink l = new Hyperlink(cell.text());
                l.getStyleClass().add("matrix-cell");
                l.pseudoClassStateChanged(PseudoClass.getPseudoClass(cell.status()), true);
                // a tooltip per cell is a popup window each: made on the first hover, not for every cell up front
                l.setOnMouseEntered(e -> {
                    if (l.getTooltip() == null) {
                        l.setTooltip(new Tooltip(cell.tooltip()));
                    }
                });
                l.setMaxWidth(Double.MAX_VALUE);
                l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                l.setId("matrix-" + r + "-" + c);
                cell.target().ifPresentOrElse(p -> l.setOnAction(e -> navigation.go(p)), () -> l.setDisable(true));
                grid.add(l, c + 1, r + 1);
            }
        }
    }

    public Node root() {
        return grid;
    }
}
