package dev.mlwb.app.chart;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.AxisMode;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.plugins.DataPointTooltip;
import io.fair_acc.chartfx.plugins.EditAxis;
import io.fair_acc.chartfx.plugins.XRangeIndicator;
import io.fair_acc.chartfx.plugins.XValueIndicator;
import io.fair_acc.chartfx.plugins.YValueIndicator;
import io.fair_acc.chartfx.plugins.Zoomer;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.chartfx.ui.geometry.Side;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.List;

/**
 * Small factories for the workbench's charts: axes, renderers, data sets and indicators, and the
 * plugins every chart gets (zoom with the mouse wheel or a dragged rectangle, pan, tooltips, axis
 * editing). A data set is built whole and handed to a chart in one call.
 */
public final class Charts {
    private Charts() {
    }

    /** A chart over two axes with zoom, pan, tooltips and axis editing, legend below. */
    public static XYChart xy(DefaultNumericAxis x, DefaultNumericAxis y, AxisMode zoom) {
        XYChart chart = new XYChart(x, y);
        Zoomer zoomer = new Zoomer(zoom);
        zoomer.setAnimated(false);
        zoomer.setPannerEnabled(true);
        zoomer.setAddButtonsToToolBar(false);
        chart.getPlugins().addAll(zoomer, new DataPointTooltip(), new EditAxis());
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        chart.getStyleClass().add("workbench-chart");
        chart.setMinHeight(220);
        return chart;
    }

    /** A line chart over time (x in epoch seconds, shown as times), with zoom, pan and tooltips. */
    public static XYChart timeSeries(String valueAxisLabel, String unit) {
        XYChart chart = xy(timeAxis(), valueAxis(valueAxisLabel, unit), AxisMode.XY);
        chart.getRenderers().setAll(lines());
        return chart;
    }

    /** A time axis at the bottom, in UTC (values are epoch seconds). */
    public static DefaultNumericAxis timeAxis() {
        DefaultNumericAxis x = new DefaultNumericAxis("time (UTC)");
        x.setUnit(null);
        x.setSide(Side.BOTTOM);
        x.setTimeAxis(true);
        x.setAutoRangePadding(0.02);
        // Date labels ("2025-Oct-06") are wide: ChartFX's default of 20 major ticks lets them run
        // into each other on a multi-week span, so allow one label per ~150 px of axis.
        x.widthProperty().addListener((obs, was, now) ->
                x.setMaxMajorTickLabelCount(Math.max(2, Math.min(20, (int) (now.doubleValue() / 150)))));
        return x;
    }

    public static DefaultNumericAxis valueAxis(String label, String unit) {
        DefaultNumericAxis y = new DefaultNumericAxis(label, unit == null || unit.isBlank() ? null : unit);
        y.setSide(Side.LEFT);
        y.setAutoRangePadding(0.05);
        return y;
    }

    /** A numeric axis at the bottom. */
    public static DefaultNumericAxis bottomAxis(String label, String unit) {
        DefaultNumericAxis x = new DefaultNumericAxis(label, unit == null || unit.isBlank() ? null : unit);
        x.setSide(Side.BOTTOM);
        return x;
    }

    /** Lines without markers, NaN breaking a line. */
    public static ErrorDataSetRenderer lines() {
        ErrorDataSetRenderer r = new ErrorDataSetRenderer();
        r.setDrawMarker(false);
        r.setPolyLineStyle(LineStyle.NORMAL);
        r.setAllowNaNs(true);
        r.setPointReduction(false);
        return r;
    }

    /** Lines with markers at every point. */
    public static ErrorDataSetRenderer linesAndMarkers() {
        ErrorDataSetRenderer r = lines();
        r.setDrawMarker(true);
        return r;
    }

    /** Markers only (events, examples). */
    public static ErrorDataSetRenderer markers() {
        ErrorDataSetRenderer r = new ErrorDataSetRenderer();
        r.setDrawMarker(true);
        r.setPolyLineStyle(LineStyle.NONE);
        r.setAllowNaNs(true);
        r.setPointReduction(false);
        return r;
    }

    /** A line filled down to zero (an outlined histogram built from its steps). */
    public static ErrorDataSetRenderer area() {
        ErrorDataSetRenderer r = lines();
        r.setPolyLineStyle(LineStyle.AREA);
        return r;
    }

    /** Step histograms: each point is a bin's centre, drawn as a step of the bin's width. */
    public static ErrorDataSetRenderer steps(boolean filled) {
        ErrorDataSetRenderer r = lines();
        r.setPolyLineStyle(filled ? LineStyle.HISTOGRAM_FILLED : LineStyle.HISTOGRAM);
        return r;
    }

    /** A data set with a colour (Okabe–Ito), optional extra style, and a tooltip label per point. */
    public static DoubleDataSet dataSet(String name, double[] x, double[] y, String colour, String extraStyle,
                                        List<String> labels) {
        DoubleDataSet ds = new DoubleDataSet(name, x, y, x.length, true);
        ds.setStyle("-fx-line-color: " + colour + "; -fx-marker-color: " + colour + "; -fx-fill: " + colour + "; "
                + extraStyle);
        if (labels != null) {
            for (int i = 0; i < labels.size() && i < x.length; i++) {
                ds.addDataLabel(i, labels.get(i));
            }
        }
        return ds;
    }

    /** A vertical line at x (an event, a tolerance), not draggable. */
    public static XValueIndicator xLine(XYChart chart, double x, String text, String styleClass) {
        XValueIndicator line = new Indicators.XLine(chart.getXAxis(), x, text, styleClass);
        chart.getPlugins().add(line);
        return line;
    }

    /** A horizontal line at y (a threshold), not draggable. */
    public static YValueIndicator yLine(XYChart chart, double y, String text, String styleClass) {
        YValueIndicator line = new Indicators.YLine(chart.getYAxis(), y, text, styleClass);
        chart.getPlugins().add(line);
        return line;
    }

    /** A shaded band from x0 to x1 (a breach, a window where a check fired), not draggable. */
    public static XRangeIndicator band(XYChart chart, double x0, double x1, String text, String styleClass) {
        XRangeIndicator band = new Indicators.Band(chart.getXAxis(), x0, x1, text, styleClass);
        chart.getPlugins().add(band);
        return band;
    }

    private static final String HOME = "mlwb.home-x";

    /** Sets the x range a chart shows when nothing is zoomed (e.g. wide enough for a "now" line). */
    public static void setHome(XYChart chart, double from, double to) {
        chart.getProperties().put(HOME, new double[] {from, to});
        showHome(chart);
    }

    /** Shows the chart's home x range, or everything when it has none. */
    public static void showHome(XYChart chart) {
        Object home = chart.getProperties().get(HOME);
        if (home instanceof double[] r) {
            chart.getXAxis().setAutoRanging(false);
            chart.getXAxis().set(r[0], r[1]);
        } else {
            chart.getXAxis().setAutoRanging(true);
        }
        chart.getXAxis().forceRedraw();
    }

    /** Epoch milliseconds as the epoch seconds a time axis shows. */
    public static double[] seconds(long[] epochMillis) {
        double[] out = new double[epochMillis.length];
        for (int i = 0; i < epochMillis.length; i++) {
            out[i] = epochMillis[i] / 1000.0;
        }
        return out;
    }
}
