package dev.mlwb.app.chart;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.CategoryAxis;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.plugins.DataPointTooltip;
import io.fair_acc.chartfx.plugins.EditAxis;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.chartfx.ui.geometry.Side;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Bars of several series side by side per category (e.g. baseline and canary per slice). Bars sit
 * at fixed offsets around each category and their width follows the chart's width, so the groups
 * stay apart at any size.
 */
public final class GroupedBarChart {
    private static final double GROUP_WIDTH = 0.7;

    private final XYChart chart;
    private final CategoryAxis categories = new CategoryAxis();
    private final ErrorDataSetRenderer bars = new ErrorDataSetRenderer();
    private int categoryCount;
    private int seriesCount;

    public GroupedBarChart(String valueAxisLabel, String unit) {
        categories.setSide(Side.BOTTOM);
        categories.setName(null);
        categories.setUnit(null);
        DefaultNumericAxis values = new DefaultNumericAxis(valueAxisLabel, unit);
        values.setSide(Side.LEFT);
        values.setForceZeroInRange(true);
        values.setAutoRangePadding(0.05);
        values.setMinorTickCount(0);
        chart = new XYChart(categories, values);
        bars.setDrawBars(true);
        bars.setShiftBar(false);
        bars.setDynamicBarWidth(false);
        bars.setDrawMarker(false);
        bars.setPolyLineStyle(LineStyle.NONE);
        chart.getRenderers().setAll(bars);
        chart.getPlugins().addAll(new DataPointTooltip(), new EditAxis());
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        chart.getStyleClass().add("workbench-chart");
        chart.widthProperty().addListener((obs, was, is) -> resizeBars());
    }

    /** Replaces the data in one go: category labels, series names, one value array per series. */
    public void set(List<String> labels, List<String> seriesNames, List<String> colours, List<double[]> values) {
        categoryCount = labels.size();
        seriesCount = seriesNames.size();
        categories.setAutoRanging(false);
        categories.setCategories(labels);
        categories.setMin(-0.5);
        categories.setMax(Math.max(0.5, categoryCount - 0.5));
        double slot = GROUP_WIDTH / Math.max(1, seriesCount);
        List<DoubleDataSet> sets = new ArrayList<>();
        for (int s = 0; s < seriesCount; s++) {
            double[] xs = new double[categoryCount];
            for (int i = 0; i < categoryCount; i++) {
                xs[i] = i - GROUP_WIDTH / 2 + slot * (s + 0.5);
            }
            DoubleDataSet ds = new DoubleDataSet(seriesNames.get(s), xs, values.get(s).clone(), categoryCount, false);
            for (int i = 0; i < categoryCount; i++) {
                ds.addDataLabel(i, seriesNames.get(s) + ", " + labels.get(i));
            }
            String colour = colours.get(s);
            ds.setStyle("-fx-line-color: " + colour + "; -fx-marker-color: " + colour + ";");
            sets.add(ds);
        }
        chart.getDatasets().setAll(sets);
        resizeBars();
    }

    private void resizeBars() {
        if (categoryCount == 0) {
            return;
        }
        double plot = Math.max(100, chart.getWidth() - 90);
        double perCategory = plot / categoryCount;
        bars.setBarWidth((int) Math.max(4, Math.round(perCategory * GROUP_WIDTH / Math.max(1, seriesCount) * 0.9)));
    }

    public XYChart chart() {
        return chart;
    }
}
