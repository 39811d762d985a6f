package dev.mlwb.app.chart;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.plugins.Zoomer;
import java.io.File;
import java.io.IOException;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * A chart with its caption and two buttons: reset the zoom, and export the chart as a PNG. The
 * chart's own gestures: drag a rectangle or turn the wheel to zoom, drag with the middle button
 * (or Ctrl) to pan, hover a point for its tooltip, right-click for the same actions.
 */
public final class ChartPane extends VBox {
    private final XYChart chart;

    public ChartPane(String caption, XYChart chart) {
        super(2);
        this.chart = chart;
        getStyleClass().add("wb-chart-pane");
        Label title = new Label(caption);
        title.getStyleClass().add("wb-chart-caption");
        title.setWrapText(true);
        title.setMinWidth(0);
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        Button reset = small("⟲", "Reset zoom (show everything)");
        reset.setOnAction(e -> resetZoom());
        Button export = small("PNG", "Export the chart as a PNG image");
        export.getStyleClass().add("export-png");
        export.setOnAction(e -> exportPng());
        HBox bar = new HBox(6, title, reset, export);
        bar.getStyleClass().add("wb-chart-bar");
        VBox.setVgrow(chart, Priority.ALWAYS);
        getChildren().addAll(bar, chart);
        MenuItem resetItem = new MenuItem("Reset zoom");
        resetItem.setOnAction(e -> resetZoom());
        MenuItem exportItem = new MenuItem("Export PNG…");
        exportItem.setOnAction(e -> exportPng());
        ContextMenu menu = new ContextMenu(resetItem, exportItem);
        chart.setOnContextMenuRequested(e -> menu.show(chart, e.getScreenX(), e.getScreenY()));
    }

    private static Button small(String text, String tip) {
        Button b = new Button(text);
        b.getStyleClass().add("wb-chart-button");
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return b;
    }

    public XYChart chart() {
        return chart;
    }

    /** Undoes every zoom and pan; a second press shows everything (the chart's home range). */
    public void resetZoom() {
        boolean zoomed = chart.getPlugins().stream().filter(Zoomer.class::isInstance).map(Zoomer.class::cast)
                .anyMatch(z -> !z.zoomStackDeque().isEmpty());
        if (zoomed) {
            chart.getPlugins().stream().filter(Zoomer.class::isInstance).map(Zoomer.class::cast)
                    .filter(z -> !z.zoomStackDeque().isEmpty()).forEach(Zoomer::zoomOrigin);
        } else {
            Charts.showHome(chart);
        }
    }

    private void exportPng() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export chart as PNG");
        chooser.setInitialFileName(fileName() + ".png");
        File f = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (f != null) {
            try {
                PngExport.write(chart, f.toPath(), 2);
            } catch (IOException e) {
                new Alert(Alert.AlertType.ERROR, "Could not write " + f + ": " + e.getMessage()).showAndWait();
            }
        }
    }

    private String fileName() {
        String base = ((Label) ((HBox) getChildren().get(0)).getChildren().get(0)).getText();
        String clean = base.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "").toLowerCase(java.util.Locale.ROOT);
        return clean.isEmpty() ? "chart" : clean.substring(0, Math.min(60, clean.length()));
    }
}
