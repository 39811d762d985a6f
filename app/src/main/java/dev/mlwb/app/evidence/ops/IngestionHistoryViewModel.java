package dev.mlwb.app.evidence.ops;

import dev.mlwb.analysis.evidence.IngestionBucket;
import dev.mlwb.analysis.evidence.IngestionHistory;
import dev.mlwb.analysis.evidence.SourceIngestion;
import dev.mlwb.analysis.time.TimeRange;
import dev.mlwb.app.chart.Palette;
import dev.mlwb.app.chart.model.LaneLayer;
import dev.mlwb.app.chart.model.Mark;
import dev.mlwb.app.evidence.Times;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Every upstream source's ingestions on its own lane: successes, failures, the gaps, and "now". */
public final class IngestionHistoryViewModel {
    private final IngestionHistory h;

    public IngestionHistoryViewModel(IngestionHistory history) {
        this.h = history;
    }

    public String title() {
        return h.title();
    }

    public String caption() {
        long stale = h.sources().stream().filter(SourceIngestion::stale).count();
        return h.sources().size() + " sources, " + stale + " silent for too long at the incident's now ("
                + Times.minute(h.now()) + "). Points are " + Times.seconds(h.bucket())
                + " buckets; bars are gaps longer than twice the usual interval.";
    }

    public List<String> lanes() {
        return h.sources().stream().map(SourceIngestion::source).toList();
    }

    public List<LaneLayer> layers() {
        List<LaneLayer.Point> ok = new ArrayList<>();
        List<LaneLayer.Point> failed = new ArrayList<>();
        List<LaneLayer.Span> gaps = new ArrayList<>();
        for (int i = 0; i < h.sources().size(); i++) {
            SourceIngestion s = h.sources().get(i);
            for (IngestionBucket b : s.buckets()) {
                String label = s.source() + ", " + Times.minute(b.start()) + ": " + b.successes() + " succeeded, "
                        + b.failures() + " failed";
                if (b.successes() > 0) {
                    ok.add(new LaneLayer.Point(i, Times.x(b.start()), label));
                }
                if (b.failures() > 0) {
                    failed.add(new LaneLayer.Point(i, Times.x(b.start()), label));
                }
            }
            for (TimeRange g : s.gaps()) {
                gaps.add(new LaneLayer.Span(i, Times.x(g.start()), Times.x(g.end()), s.source() + ": nothing from "
                        + Times.minute(g.start()) + " to " + Times.minute(g.end())));
            }
        }
        return List.of(LaneLayer.spans("gap", Palette.BAD, gaps), LaneLayer.points("ingested", Palette.GREEN, ok),
                LaneLayer.points("failed", Palette.BAD, failed));
    }

    public List<Mark> marks() {
        return List.of(Mark.xLine(Times.x(h.now()), "now", "mark-critical"));
    }

    public List<SourceIngestion> sources() {
        return h.sources();
    }

    public static Set<String> states(SourceIngestion s) {
        return s.stale() ? Set.of("bad") : Set.of();
    }
}
