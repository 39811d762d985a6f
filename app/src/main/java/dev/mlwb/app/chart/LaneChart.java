package dev.mlwb.app.chart;

import dev.mlwb.app.chart.model.LaneLayer;
import dev.mlwb.app.chart.model.Mark;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.AxisLabelOverlapPolicy;
import io.fair_acc.chartfx.axes.AxisMode;
import io.fair_acc.chartfx.axes.spi.CategoryAxis;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.chartfx.ui.geometry.Side;
import io.fair_acc.dataset.DataSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Horizontal lanes over time, one per replica, source, job or event type: spans drawn as thick
 * bars, points as markers, with event lines and bands across every lane. Zooms along time only.
 */
public final class LaneChart {
    private LaneChart() {
    }

    public static XYChart create(List<String> lanes, List<LaneLayer> layers, List<Mark> marks, double spanWidth) {
        CategoryAxis y = new CategoryAxis();
        y.setSide(Side.LEFT);
        y.setName(null);
        y.setUnit(null);
        y.setAutoRanging(false);
        // lane 0 at the top
        y.invertAxis(true);
        // event labels sit at the foot of their lines: give them a row of their own below the lanes
        boolean labelRow = marks.stream().anyMatch(m -> m.kind() != Mark.Kind.Y_LINE && m.text() != null && !m.text().isBlank());
        List<String> rows = new ArrayList<>(lanes);
        if (labelRow) {
            rows.add(""); // unnamed, else the axis would call it "unknown category"
        }
        y.setCategories(rows);
        y.set(-0.6, Math.max(0.6, rows.size() - 0.4));
        y.setMinorTickCount(0);
        y.setOverlapPolicy(AxisLabelOverlapPolicy.DO_NOTHING);
        XYChart chart = Charts.xy(Charts.timeAxis(), y, AxisMode.X);
        ErrorDataSetRenderer spans = Charts.lines();
        ErrorDataSetRenderer points = Charts.markers();
        List<DataSet> spanSets = new ArrayList<>();
        List<DataSet> pointSets = new ArrayList<>();
        for (LaneLayer layer : layers) {
            if (!layer.spans().isEmpty()) {
                spanSets.add(spanSet(layer, spanWidth));
            }
            if (!layer.points().isEmpty()) {
                pointSets.add(pointSet(layer));
            }
        }
        // a renderer draws its first data set on top: later layers go underneath
        java.util.Collections.reverse(spanSets);
        java.util.Collections.reverse(pointSets);
        spans.getDatasets().setAll(spanSets);
        points.getDatasets().setAll(pointSets);
        chart.getRenderers().setAll(spans, points);
        chart.getGridRenderer().getHorizontalMajorGrid().setVisible(false);
        LineChart.addMarks(chart, marks);
        homeIncludingMarks(chart, layers, marks);
        fitLanes(chart, rows.size());
        return chart;
    }

    /**
     * Sizes the chart so each lane has room for its label: taller lanes in presentation mode (the
     * root carries the {@code presentation} style class), where the labels are larger.
     */
    private static void fitLanes(XYChart chart, int lanes) {
        javafx.collections.ListChangeListener<String> restyled = c -> fit(chart, lanes);
        chart.sceneProperty().addListener((obs, was, is) -> {
            if (was != null) {
                was.getRoot().getStyleClass().removeListener(restyled);
            }
            if (is != null) {
                is.getRoot().getStyleClass().addListener(restyled);
            }
            fit(chart, lanes);
        });
        fit(chart, lanes);
    }

    private static void fit(XYChart chart, int lanes) {
        boolean presenting = chart.getScene() != null && chart.getScene().getRoot().getStyleClass().contains("presentation");
        double lane = presenting ? 32 : lanes > 10 ? 22 : 30;
        chart.setPrefHeight(Math.max(presenting ? 240 : 170, (presenting ? 130 : 90) + lane * lanes));
    }

    /** When lines (e.g. "now") lie outside the data, the chart opens wide enough to show them. */
    private static void homeIncludingMarks(XYChart chart, List<LaneLayer> layers, List<Mark> marks) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (LaneLayer l : layers) {
            for (LaneLayer.Span s : l.spans()) {
                lo = Math.min(lo, s.start());
                hi = Math.max(hi, s.end());
            }
            for (LaneLayer.Point p : l.points()) {
                lo = Math.min(lo, p.at());
                hi = Math.max(hi, p.at());
            }
        }
        double dataLo = lo;
        double dataHi = hi;
        for (Mark m : marks) {
            if (m.kind() != Mark.Kind.Y_LINE) {
                lo = Math.min(lo, m.from());
                hi = Math.max(hi, m.to());
            }
        }
        if ((lo < dataLo || hi > dataHi) && hi > lo) {
            double pad = (hi - lo) * 0.02;
            Charts.setHome(chart, lo - pad, hi + pad);
        }
    }

    private static DataSet spanSet(LaneLayer layer, double width) {
        int n = layer.spans().size();
        double[] x = new double[3 * n];
        double[] y = new double[3 * n];
        List<String> labels = new ArrayList<>(3 * n);
        for (int i = 0; i < n; i++) {
            LaneLayer.Span s = layer.spans().get(i);
            double end = s.end() > s.start() ? s.end() : s.start() + 1;
            x[3 * i] = s.start();
            y[3 * i] = s.lane();
            x[3 * i + 1] = end;
            y[3 * i + 1] = s.lane();
            x[3 * i + 2] = end;
            y[3 * i + 2] = Double.NaN;
            labels.add(s.label());
            labels.add(s.label());
            labels.add("");
        }
        return Charts.dataSet(layer.name(), x, y, layer.colour(), "-fx-line-width: " + width + ";", labels);
    }

    private static DataSet pointSet(LaneLayer layer) {
        int n = layer.points().size();
        double[] x = new double[n];
        double[] y = new double[n];
        List<String> labels = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            LaneLayer.Point p = layer.points().get(i);
            x[i] = p.at();
            y[i] = p.lane();
            labels.add(p.label());
        }
        return Charts.dataSet(layer.name(), x, y, layer.colour(), "-fx-marker-size: 7; -fx-marker-type: diamond;", labels);
    }
}
