package dev.mlwb.app.evidence.ops;

import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.evidence.SourceIngestion;
import dev.mlwb.analysis.format.Fmt;
import dev.mlwb.app.chart.ChartPane;
import dev.mlwb.app.chart.LaneChart;
import dev.mlwb.app.chart.SharedTimeRange;
import dev.mlwb.app.evidence.EvidencePane;
import dev.mlwb.app.evidence.Times;
import dev.mlwb.app.evidence.ViewContext;
import dev.mlwb.app.table.TablePane;
import dev.mlwb.app.table.Tables;
import io.fair_acc.chartfx.XYChart;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;

/** Freshness: one lane per upstream source with its ingestions and gaps, and the sources as a table. */
public final class IngestionHistoryView {
    private final EvidencePane root;

    public IngestionHistoryView(IngestionHistoryViewModel model, ViewContext context) {
        XYChart lanes = LaneChart.create(model.lanes(), model.layers(), model.marks(), 8);
        lanes.setId("ingestion-chart");
        SharedTimeRange.follow(lanes, context.timeRange());
        List<TableColumn<SourceIngestion, ?>> columns = List.of(
                Tables.linkColumn("Source", SourceIngestion::source, s -> Optional.of(Subject.source(s.source())),
                        context::open),
                Tables.numberColumn("Usually every", SourceIngestion::usualIntervalSeconds,
                        s -> Times.seconds(s.usualIntervalSeconds())),
                Tables.textColumn("Last success", s -> Times.minute(s.lastSuccess())),
                Tables.numberColumn("Silent for", SourceIngestion::sinceSuccessSeconds,
                        s -> Times.seconds(s.sinceSuccessSeconds())),
                Tables.numberColumn("Failures", s -> (double) s.failures(),
                        s -> Fmt.count(s.failures()) + " of " + Fmt.count(s.attempts())),
                Tables.textColumn("State", s -> s.stale() ? "stale" : "fresh"),
                Tables.textColumn("Last error", s -> s.lastError().orElse("")));
        TablePane<SourceIngestion> table = new TablePane<>("ingestion-table", columns,
                s -> s.source() + " " + s.lastError().orElse(""));
        table.setRows(model.sources());
        table.setVisibleRows(5);
        Tables.rowStates(table.table(), IngestionHistoryViewModel::states);
        root = new EvidencePane("ingestion-history", model.title(), model.caption(),
                new ChartPane("Ingestions per source over time", lanes), table);
    }

    public Node root() {
        return root;
    }
}
