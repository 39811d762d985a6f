package dev.mlwb.analysis.report;

import dev.mlwb.analysis.evidence.TimeMarker;
import dev.mlwb.analysis.format.Fmt;
import dev.mlwb.analysis.report.svg.LaneChart;
import dev.mlwb.analysis.report.svg.Svg;
import dev.mlwb.analysis.story.Story;
import dev.mlwb.analysis.timeline.EventBucket;
import dev.mlwb.analysis.timeline.EventTypeSummary;
import dev.mlwb.analysis.timeline.FindingWindow;
import dev.mlwb.analysis.timeline.IncidentTimeline;
import dev.mlwb.analysis.timeline.TimelineEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The incident timeline as lanes: one per event type (events as dots, alerts and errors red; frequent types as
 * buckets), one per finding (the windows where it held), the deployments and the onsets as lines across.
 */
final class TimelineSvg {
    private static final int MAX_EVENT_LANES = 12;
    private static final int MAX_FINDING_LANES = 12;

    private TimelineSvg() {
    }

    static String render(IncidentTimeline t, Story story) {
        LaneChart c = new LaneChart("Incident timeline");
        int lanes = 0;
        for (EventTypeSummary s : t.lanes()) {
            if (lanes++ >= MAX_EVENT_LANES) {
                break;
            }
            List<LaneChart.Dot> dots = new ArrayList<>();
            List<LaneChart.Span> spans = new ArrayList<>();
            if (s.aggregated()) {
                for (EventBucket b : t.buckets()) {
                    if (b.source().equals(s.source()) && b.type().equals(s.type())) {
                        spans.add(new LaneChart.Span(b.start().toEpochMilli(), b.end().toEpochMilli(),
                                b.errors() > 0 ? Svg.CRITICAL : "#8fb8d8", b.count() + " " + b.type()));
                    }
                }
            } else {
                for (TimelineEvent e : t.events()) {
                    if (e.source().equals(s.source()) && e.type().equals(s.type())) {
                        dots.add(new LaneChart.Dot(e.at().toEpochMilli(), alarming(e) ? Svg.CRITICAL : Svg.PALETTE[0],
                                Fmt.time(e.at()) + " " + e.type() + e.message().map(m -> ": " + m).orElse("")));
                    }
                }
            }
            c.lane(s.type() + " (" + s.count() + ")", "#1b1b1b", spans, dots);
        }
        Map<String, List<LaneChart.Span>> byFinding = new LinkedHashMap<>();
        for (FindingWindow w : t.findings()) {
            String key = w.title();
            if (byFinding.size() >= MAX_FINDING_LANES && !byFinding.containsKey(key)) {
                continue;
            }
            byFinding.computeIfAbsent(key, k -> new ArrayList<>()).add(new LaneChart.Span(w.start().toEpochMilli(),
                    Math.max(w.end().toEpochMilli(), w.start().toEpochMilli() + 1), w.severity().equals("critical")
                    ? Svg.CRITICAL : Svg.WARNING, w.title()));
        }
        byFinding.forEach((title, spans) -> c.lane(title, Svg.CRITICAL, spans, List.of()));
        for (TimeMarker m : t.markers()) {
            c.marker(m.at().toEpochMilli(), m.kind() + " " + Fmt.time(m.at()), Svg.MUTED);
        }
        story.earliestOnset().ifPresent(o -> c.marker(o.at().toEpochMilli(), "onset " + Fmt.time(o.at()), Svg.CRITICAL));
        story.firstAlert().ifPresent(a -> c.marker(a.at().toEpochMilli(), "first alert " + Fmt.time(a.at()),
                Svg.WARNING));
        return c.isEmpty() ? "" : c.render(EvidenceCharts.WIDTH);
    }

    private static boolean alarming(TimelineEvent e) {
        String level = e.level().orElse("").toLowerCase(Locale.ROOT);
        return e.type().equalsIgnoreCase("alert") || List.of("error", "critical", "fatal", "alert").contains(level);
    }
}
