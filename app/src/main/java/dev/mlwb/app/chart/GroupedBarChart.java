package dev.mlwb.app.chart;

import dev.mlwb.app.chart.model.Bars;
import dev.mlwb.app.chart.model.Mark;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.AxisMode;
import io.fair_acc.chartfx.axes.spi.CategoryAxis;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.chartfx.ui.geometry.Side;
import java.util.ArrayList;
import java.util.List;

/**
 * Bars of several series side by side per category (e.g. baseline and canary per slice). Bars sit
 * at fixed offsets around each category and their width follows the chart's width, so the groups
 * stay apart at any size. Series may share a slot to colour some bars apart (unseen categories,
 * violating lookahead ranges).
 */
public final class GroupedBarChart {
    private static final double GROUP_WIDTH = 0.7;

    private final XYChart chart;
    private final CategoryAxis categories = new CategoryAxis();
    private final java.util.Map<Double, ErrorDataSetRenderer> renderers = new java.util.TreeMap<>(
            java.util.Comparator.reverseOrder());
    private int categoryCount;
    private int slotCount;

    public GroupedBarChart(String valueAxisLabel, String unit) {
        categories.setSide(Side.BOTTOM);
        categories.setName(null);
        categories.setUnit(null);
        DefaultNumericAxis values = new DefaultNumericAxis(valueAxisLabel, unit == null || unit.isBlank() ? null : unit);
        values.setSide(Side.LEFT);
        values.setForceZeroInRange(true);
        values.setAutoRangePadding(0.05);
        values.setMinorTickCount(0);
        chart = Charts.xy(categories, values, AxisMode.Y);
        chart.widthProperty().addListener((obs, was, is) -> resizeBars());
    }

    /** Replaces the data in one go: category labels, series names, one value array per series. */
    public void set(List<String> labels, List<String> seriesNames, List<String> colours, List<double[]> values) {
        List<Bars> series = new ArrayList<>();
        for (int s = 0; s < seriesNames.size(); s++) {
            series.add(Bars.of(seriesNames.get(s), colours.get(s), values.get(s), s));
        }
        set(labels, series);
    }

    /** Replaces the data in one go: category labels and the series, each in its slot. */
    public void set(List<String> labels, List<Bars> series) {
        categoryCount = labels.size();
        slotCount = series.stream().mapToInt(Bars::slot).max().orElse(0) + 1;
        categories.setAutoRanging(false);
        categories.setCategories(labels);
        categories.set(-0.5, Math.max(0.5, categoryCount - 0.5));
        double slot = GROUP_WIDTH / slotCount;
        renderers.clear();
        for (Bars b : series) {
            double[] xs = new double[categoryCount];
            for (int i = 0; i < categoryCount; i++) {
                xs[i] = i - GROUP_WIDTH / 2 + slot * (b.slot() + 0.5);
            }
            List<String> tips = new ArrayList<>();
            for (int i = 0; i < categoryCount; i++) {
                tips.add(i < b.labels().size() ? b.labels().get(i) : b.name() + ", " + labels.get(i));
            }
            renderers.computeIfAbsent(b.width(), w -> renderer()).getDatasets()
                    .add(Charts.dataSet(b.name(), xs, b.values(), b.colour(), "", tips));
        }
        // widest first, so narrower bars are drawn over them
        chart.getRenderers().setAll(renderers.values());
        resizeBars();
    }

    /** Adds lines (thresholds, a tolerance between two categories) and bands. */
    public void mark(List<Mark> marks) {
        LineChart.addMarks(chart, marks);
    }

    private static ErrorDataSetRenderer renderer() {
        ErrorDataSetRenderer bars = new ErrorDataSetRenderer();
        bars.setDrawBars(true);
        bars.setShiftBar(false);
        bars.setDynamicBarWidth(false);
        bars.setDrawMarker(false);
        bars.setAllowNaNs(true);
        bars.setPointReduction(false);
        bars.setPolyLineStyle(LineStyle.NONE);
        return bars;
    }

    private void resizeBars() {
        if (categoryCount == 0) {
            return;
        }
        double plot = Math.max(100, chart.getWidth() - 90);
        double perCategory = plot / categoryCount;
        double full = perCategory * GROUP_WIDTH / Math.max(1, slotCount) * 0.9;
        renderers.forEach((width, r) -> r.setBarWidth((int) Math.max(3, Math.round(full * width))));
    }

    public XYChart chart() {
        return chart;
    }
}
