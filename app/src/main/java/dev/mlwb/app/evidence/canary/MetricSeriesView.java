package dev.mlwb.app.evidence.canary;

import dev.mlwb.app.chart.ChartPane;
import dev.mlwb.app.chart.LineChart;
import dev.mlwb.app.chart.SharedTimeRange;
import dev.mlwb.app.chart.ZoomSelection;
import dev.mlwb.app.evidence.EvidencePane;
import dev.mlwb.app.evidence.ViewContext;
import io.fair_acc.chartfx.XYChart;
import javafx.scene.Node;

/** A metric over time per arm, with its threshold, breaches shaded and deployment events marked. */
public final class MetricSeriesView {
    private final EvidencePane root;

    public MetricSeriesView(MetricSeriesViewModel model, ViewContext context) {
        XYChart chart = LineChart.overTime(model.axisLabel(), model.unit(), model.lines(), model.marks());
        chart.setId("metric-chart");
        chart.setPrefHeight(320);
        ZoomSelection.link(chart, context.timeRange());
        SharedTimeRange.follow(chart, context.timeRange());
        root = new EvidencePane("metric-series", model.title(), model.caption(),
                new ChartPane(model.axisLabel() + " per arm over time", chart));
    }

    public Node root() {
        return root;
    }
}
