package dev.mlwb.app.evidence.ops;

import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.evidence.ReplicaLane;
import dev.mlwb.app.chart.AxisSync;
import dev.mlwb.app.chart.ChartPane;
import dev.mlwb.app.chart.LaneChart;
import dev.mlwb.app.chart.LineChart;
import dev.mlwb.app.chart.SharedTimeRange;
import dev.mlwb.app.evidence.EvidencePane;
import dev.mlwb.app.evidence.Times;
import dev.mlwb.app.evidence.ViewContext;
import dev.mlwb.app.table.TablePane;
import dev.mlwb.app.table.Tables;
import io.fair_acc.chartfx.XYChart;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;

/** Latency and readiness: p99/p50 over the replica lanes on one time line, and the lanes as a table. */
public final class ReplicaLanesView {
    private final EvidencePane root;

    public ReplicaLanesView(ReplicaLanesViewModel model, ViewContext context) {
        List<Node> content = new ArrayList<>();
        XYChart lanes = LaneChart.create(model.laneNames(), model.layers(), model.scaleMarks(), 7);
        lanes.setId("replica-lanes-chart");
        SharedTimeRange.follow(lanes, context.timeRange());
        if (model.hasLatency()) {
            XYChart latency = LineChart.overTime("latency", "ms", model.latency(), model.scaleMarks());
            latency.setId("replica-latency-chart");
            latency.setPrefHeight(240);
            SharedTimeRange.follow(latency, context.timeRange());
            AxisSync.link(latency, lanes);
            if (context.timeRange().get() == null) {
                model.initialRange().ifPresent(r -> AxisSync.show(latency, r[0], r[1]));
            }
            content.add(new ChartPane("p99 and p50 latency, scale events dashed", latency));
        } else if (context.timeRange().get() == null) {
            model.initialRange().ifPresent(r -> AxisSync.show(lanes, r[0], r[1]));
        }
        content.add(new ChartPane("Replica lanes: loading, ready, first traffic", lanes));
        content.add(table(model, context));
        root = new EvidencePane("replica-lanes", model.title(), model.caption(), content.toArray(Node[]::new));
    }

    private static Node table(ReplicaLanesViewModel model, ViewContext context) {
        List<TableColumn<ReplicaLane, ?>> columns = List.of(
                Tables.linkColumn("Replica", ReplicaLane::replica, l -> Optional.of(Subject.replica(l.replica())),
                        context::open),
                Tables.textColumn("Start", l -> model.time(l.start())),
                Tables.textColumn("Ready", l -> model.time(l.ready())),
                Tables.textColumn("First traffic", l -> model.time(l.firstTraffic())),
                Tables.numberColumn("Init", ReplicaLane::initSeconds, l -> Times.seconds(l.initSeconds())),
                Tables.numberColumn("Served unready", ReplicaLane::earlySeconds, l -> Times.seconds(l.earlySeconds())),
                Tables.textColumn("Verdict", ReplicaLanesViewModel::verdict));
        TablePane<ReplicaLane> table = new TablePane<>("replica-table", columns,
                l -> l.replica() + " " + ReplicaLanesViewModel.verdict(l));
        table.setRows(model.lanes());
        table.setVisibleRows(6);
        Tables.rowStates(table.table(), model::states);
        model.focused().ifPresent(f -> {
            table.table().getSelectionModel().select(f);
            table.table().scrollTo(f);
        });
        return table;
    }

    public Node root() {
        return root;
    }
}
