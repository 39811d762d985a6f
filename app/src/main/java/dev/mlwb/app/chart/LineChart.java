package dev.mlwb.app.chart;

import dev.mlwb.app.chart.model.Line;
import dev.mlwb.app.chart.model.Mark;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.AxisMode;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.dataset.DataSet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Line, marker and step-histogram series over a time or numeric axis, with threshold lines, event
 * lines and shaded bands. Each look gets its own renderer; every data set is set whole.
 */
public final class LineChart {
    private LineChart() {
    }

    /** Series over time (x in epoch seconds). */
    public static XYChart overTime(String yLabel, String unit, List<Line> lines, List<Mark> marks) {
        return create(Charts.timeAxis(), Charts.valueAxis(yLabel, unit), lines, marks);
    }

    /** Series over a numeric x axis. */
    public static XYChart numeric(String xLabel, String xUnit, String yLabel, String yUnit, List<Line> lines,
                                  List<Mark> marks) {
        return create(Charts.bottomAxis(xLabel, xUnit), Charts.valueAxis(yLabel, yUnit), lines, marks);
    }

    public static XYChart create(DefaultNumericAxis x, DefaultNumericAxis y, List<Line> lines, List<Mark> marks) {
        XYChart chart = Charts.xy(x, y, AxisMode.XY);
        Map<Line.Look, List<DataSet>> byLook = new EnumMap<>(Line.Look.class);
        for (Line l : lines) {
            byLook.computeIfAbsent(l.look(), k -> new ArrayList<>()).add(
                    Charts.dataSet(l.name(), l.x(), l.y(), l.colour(), extraStyle(l), l.labels()));
        }
        List<ErrorDataSetRenderer> renderers = new ArrayList<>();
        // filled steps first, so outlines and lines are drawn over them
        for (Line.Look look : List.of(Line.Look.AREA, Line.Look.STEPS_FILLED, Line.Look.STEPS, Line.Look.LINE, Line.Look.DASHED,
                Line.Look.LINE_AND_MARKERS, Line.Look.MARKERS)) {
            List<DataSet> sets = byLook.get(look);
            if (sets != null) {
                ErrorDataSetRenderer r = renderer(look);
                r.getDatasets().setAll(sets);
                renderers.add(r);
            }
        }
        chart.getRenderers().setAll(renderers);
        addMarks(chart, marks);
        return chart;
    }

    /** Adds threshold lines, event lines and bands to a chart. */
    public static void addMarks(XYChart chart, List<Mark> marks) {
        for (Mark m : marks) {
            switch (m.kind()) {
                case X_LINE -> Charts.xLine(chart, m.from(), m.text(), m.style());
                case Y_LINE -> Charts.yLine(chart, m.from(), m.text(), m.style());
                case BAND -> Charts.band(chart, m.from(), m.to(), m.text(), m.style());
                default -> throw new IllegalArgumentException(m.kind().toString());
            }
        }
    }

    private static ErrorDataSetRenderer renderer(Line.Look look) {
        return switch (look) {
            case LINE, DASHED -> Charts.lines();
            case LINE_AND_MARKERS -> Charts.linesAndMarkers();
            case MARKERS -> Charts.markers();
            case STEPS_FILLED -> Charts.steps(true);
            case AREA -> Charts.area();
            case STEPS -> Charts.steps(false);
        };
    }

    private static String extraStyle(Line l) {
        return switch (l.look()) {
            case LINE -> "-fx-line-width: 2;";
            case LINE_AND_MARKERS -> "-fx-line-width: 2; -fx-marker-size: 4;";
            case DASHED -> "-fx-line-width: 2; -fx-line-dash-array: 8 6;";
            case MARKERS -> "-fx-line-width: 1; -fx-marker-size: 5;";
            case STEPS_FILLED, AREA -> "-fx-line-width: 1.5; -fx-fill: " + l.colour() + "66;";
            case STEPS -> "-fx-line-width: 3;";
        };
    }
}
