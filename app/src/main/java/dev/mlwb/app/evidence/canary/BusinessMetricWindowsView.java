package dev.mlwb.app.evidence.canary;

import dev.mlwb.analysis.evidence.MetricWindow;
import dev.mlwb.analysis.format.Fmt;
import dev.mlwb.app.chart.ChartPane;
import dev.mlwb.app.chart.LineChart;
import dev.mlwb.app.chart.SharedTimeRange;
import dev.mlwb.app.chart.ZoomSelection;
import dev.mlwb.app.evidence.EvidencePane;
import dev.mlwb.app.evidence.Times;
import dev.mlwb.app.evidence.ViewContext;
import dev.mlwb.app.table.TablePane;
import dev.mlwb.app.table.Tables;
import io.fair_acc.chartfx.XYChart;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;

/** The slow guardrail: both arms' rates per window, the canary's change against the limit, the windows as a table. */
public final class BusinessMetricWindowsView {
    private final EvidencePane root;

    public BusinessMetricWindowsView(BusinessMetricWindowsViewModel model, ViewContext context) {
        XYChart rates = LineChart.overTime(model.metricWord(), model.rateUnit(), model.rateLines(), model.rateMarks());
        rates.setId("business-rate-chart");
        rates.setPrefHeight(280);
        XYChart change = LineChart.overTime("canary change", model.changeUnit(), model.changeLines(),
                model.changeMarks());
        change.setId("business-change-chart");
        change.setPrefHeight(220);
        ZoomSelection.link(rates, context.timeRange());
        SharedTimeRange.follow(rates, context.timeRange());
        SharedTimeRange.follow(change, context.timeRange());
        root = new EvidencePane("business-metric-windows", model.title(), model.caption(),
                new ChartPane(model.metricWord() + " per window, baseline vs canary", rates),
                new ChartPane("Canary change per window against the limit", change), table(model));
    }

    private static Node table(BusinessMetricWindowsViewModel m) {
        List<TableColumn<MetricWindow, ?>> columns = List.of(
                Tables.textColumn("Window (UTC)", w -> Times.minute(w.start())),
                Tables.numberColumn("Baseline", MetricWindow::baselineRate, w -> m.rate(w.baselineRate())),
                Tables.numberColumn("Canary", MetricWindow::canaryRate, w -> m.rate(w.canaryRate())),
                Tables.numberColumn("Change", MetricWindow::change, w -> m.change(w.change())),
                Tables.numberColumn("Base trials", MetricWindow::baselineTrials, w -> Fmt.count(w.baselineTrials())),
                Tables.numberColumn("Canary trials", MetricWindow::canaryTrials, w -> Fmt.count(w.canaryTrials())),
                Tables.textColumn("Verdict", w -> w.breached() ? "breached" : w.judged() ? "ok" : "not judged"));
        TablePane<MetricWindow> pane = new TablePane<>("business-windows-table", columns,
                w -> Times.minute(w.start()) + (w.breached() ? " breached" : w.judged() ? " ok" : " not judged"));
        pane.setRows(m.windows());
        pane.setVisibleRows(6);
        Tables.rowStates(pane.table(), BusinessMetricWindowsViewModel::states);
        return pane;
    }

    public Node root() {
        return root;
    }
}
