package dev.mlwb.app.chart;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.plugins.DataPointTooltip;
import io.fair_acc.chartfx.plugins.EditAxis;
import io.fair_acc.chartfx.plugins.Zoomer;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.chartfx.ui.geometry.Side;

/** Configures the workbench's line charts over time: axes, renderer and the zoom / pan / tooltip plugins. */
public final class Charts {
    private Charts() {
    }

    /** A line chart over time (x in epoch seconds, shown as times), with zoom, pan and tooltips. */
    public static XYChart timeSeries(String valueAxisLabel, String unit) {
        DefaultNumericAxis x = new DefaultNumericAxis("time (UTC)");
        x.setSide(Side.BOTTOM);
        x.setTimeAxis(true);
        DefaultNumericAxis y = new DefaultNumericAxis(valueAxisLabel, unit);
        y.setSide(Side.LEFT);
        XYChart chart = new XYChart(x, y);
        ErrorDataSetRenderer lines = new ErrorDataSetRenderer();
        lines.setDrawMarker(false);
        lines.setPolyLineStyle(LineStyle.NORMAL);
        lines.setAllowNaNs(true);
        chart.getRenderers().setAll(lines);
        Zoomer zoomer = new Zoomer();
        zoomer.setAnimated(false);
        chart.getPlugins().addAll(zoomer, new DataPointTooltip(), new EditAxis());
        chart.setAnimated(false);
        chart.getStyleClass().add("workbench-chart");
        return chart;
    }
}
