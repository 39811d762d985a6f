package dev.mlwb.app.evidence.ops;

import dev.mlwb.analysis.evidence.JobRun;
import dev.mlwb.app.chart.ChartPane;
import dev.mlwb.app.chart.LaneChart;
import dev.mlwb.app.chart.SharedTimeRange;
import dev.mlwb.app.evidence.EvidencePane;
import dev.mlwb.app.evidence.Times;
import dev.mlwb.app.evidence.ViewContext;
import dev.mlwb.app.table.TablePane;
import dev.mlwb.app.table.Tables;
import io.fair_acc.chartfx.XYChart;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;

/** A job's runs over time, its failure streaks with their errors, and every run as a table. */
public final class JobHistoryView {
    private final EvidencePane root;

    public JobHistoryView(JobHistoryViewModel model, ViewContext context) {
        List<Node> content = new ArrayList<>();
        XYChart lanes = LaneChart.create(model.lanes(), model.layers(), model.marks(), 8);
        lanes.setId("job-history-chart");
        SharedTimeRange.follow(lanes, context.timeRange());
        content.add(new ChartPane("Runs over time, failure streaks as bars", lanes));
        if (!model.streaks().isEmpty()) {
            List<TableColumn<JobHistoryViewModel.StreakItem, ?>> scols = List.of(
                    Tables.textColumn("Streak (UTC)", JobHistoryViewModel.StreakItem::period),
                    Tables.numberColumn("Failures", s -> (double) s.streak().failures(),
                            s -> String.valueOf(s.streak().failures())),
                    Tables.textColumn("Ongoing", s -> s.streak().ongoing() ? "ongoing" : "recovered"),
                    Tables.textColumn("Errors", JobHistoryViewModel.StreakItem::messages));
            TablePane<JobHistoryViewModel.StreakItem> streaks = new TablePane<>("job-streaks", scols,
                    JobHistoryViewModel.StreakItem::messages);
            streaks.setRows(model.streaks());
            streaks.setVisibleRows(3);
            content.add(EvidencePane.heading("Failure streaks"));
            content.add(streaks);
        }
        List<TableColumn<JobRun, ?>> columns = List.of(
                Tables.textColumn("Run (UTC)", r -> Times.minute(r.at())),
                Tables.textColumn("Status", JobRun::status),
                Tables.textColumn("Model version", r -> r.modelVersion().orElse("—")),
                Tables.textColumn("Error", r -> r.message().orElse("")));
        TablePane<JobRun> runs = new TablePane<>("job-runs", columns,
                r -> r.status() + " " + r.message().orElse("") + " " + r.modelVersion().orElse(""));
        runs.setRows(model.runs());
        runs.setVisibleRows(6);
        Tables.rowStates(runs.table(), JobHistoryViewModel::states);
        content.add(EvidencePane.heading("Runs, newest first"));
        content.add(runs);
        root = new EvidencePane("job-history", model.title(), model.caption(), content.toArray(Node[]::new));
    }

    public Node root() {
        return root;
    }
}
