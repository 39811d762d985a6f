package dev.mlwb.app.overview;

import dev.mlwb.app.chart.ChartPane;
import dev.mlwb.app.chart.LaneChart;
import dev.mlwb.app.chart.SharedTimeRange;
import dev.mlwb.app.chart.ZoomSelection;
import io.fair_acc.chartfx.XYChart;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The incident timeline chart. Zooming into it (a dragged rectangle or the wheel) selects that
 * time range for the whole workbench; zooming back out, or clearing the range, selects everything.
 */
final class TimelineView {
    private final OverviewViewModel model;
    private final VBox root = new VBox(4);
    private final Label status = new Label();
    private ChartPane pane;

    TimelineView(OverviewViewModel model) {
        this.model = model;
        status.getStyleClass().add("caption");
        status.setWrapText(true);
        status.textProperty().bind(model.timelineStatusProperty());
        status.setId("timeline-status");
        root.setId("timeline");
        model.timelineProperty().addListener((obs, was, is) -> show(is));
        show(model.timelineProperty().get());
    }

    private void show(TimelineViewModel t) {
        pane = null;
        if (t == null) {
            root.getChildren().setAll(status);
            return;
        }
        XYChart chart = LaneChart.create(t.lanes(), t.layers(), t.marks(), 9);
        chart.setId("timeline-chart");
        chart.setLegendVisible(true);
        // the zoom link listens first: clearing the range undoes the zoom before the axis shows everything
        ZoomSelection.link(chart, model.timeRangeProperty());
        SharedTimeRange.follow(chart, model.timeRangeProperty());
        pane = new ChartPane("Events, and where checks found something (⚑ lanes); zoom to select a time range",
                chart);
        root.getChildren().setAll(pane, status);
    }

    Node root() {
        return root;
    }

    Optional<ChartPane> chartPane() {
        return Optional.ofNullable(pane);
    }
}
