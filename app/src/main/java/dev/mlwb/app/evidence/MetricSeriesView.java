package dev.mlwb.app.evidence;

import dev.mlwb.analysis.evidence.Series;
import dev.mlwb.analysis.evidence.TimeMarker;
import dev.mlwb.analysis.time.TimeRange;
import dev.mlwb.app.chart.Charts;
import dev.mlwb.app.chart.Palette;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.plugins.XRangeIndicator;
import io.fair_acc.chartfx.plugins.XValueIndicator;
import io.fair_acc.chartfx.plugins.YValueIndicator;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A metric over time per arm, with its threshold, breaches shaded and deployment events marked. */
public final class MetricSeriesView {
    private final MetricSeriesViewModel model;
    private final VBox root = new VBox(8);

    public MetricSeriesView(MetricSeriesViewModel model) {
        this.model = model;
        Label title = new Label(model.title());
        title.getStyleClass().add("evidence-title");
        Label caption = new Label(model.caption());
        caption.getStyleClass().add("caption");
        root.getChildren().addAll(title, caption, chart());
        root.getStyleClass().add("evidence");
    }

    private Node chart() {
        XYChart chart = Charts.timeSeries(model.metric().replace('_', ' '), model.unit());
        chart.setMinHeight(280);
        chart.setPrefHeight(340);
        List<DoubleDataSet> sets = new ArrayList<>();
        int i = 0;
        for (Series s : model.lines()) {
            double[] x = MetricSeriesViewModel.seconds(s);
            DoubleDataSet ds = new DoubleDataSet(s.label(), x, s.values(), x.length, false);
            ds.setStyle("-fx-line-color: " + Palette.series(i) + "; -fx-line-width: 2;");
            sets.add(ds);
            i++;
        }
        chart.getDatasets().setAll(sets);
        if (!Double.isNaN(model.threshold())) {
            YValueIndicator line = new YValueIndicator(chart.getYAxis(), model.threshold(), "threshold");
            line.setEditable(false);
            chart.getPlugins().add(line);
        }
        for (TimeRange b : model.breaches()) {
            XRangeIndicator band = new XRangeIndicator(chart.getXAxis(), b.start().getEpochSecond(),
                    b.end().getEpochSecond(), "breach");
            band.setEditable(false);
            chart.getPlugins().add(band);
        }
        for (TimeMarker m : model.markers()) {
            XValueIndicator marker = new XValueIndicator(chart.getXAxis(), m.at().getEpochSecond(), m.kind());
            marker.setEditable(false);
            chart.getPlugins().add(marker);
        }
        return chart;
    }

    public Node root() {
        return root;
    }
}
