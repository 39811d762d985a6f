package dev.mlwb.app.overview;

import dev.mlwb.analysis.evidence.TimeMarker;
import dev.mlwb.analysis.time.TimeRange;
import dev.mlwb.analysis.timeline.EventBucket;
import dev.mlwb.analysis.timeline.EventTypeSummary;
import dev.mlwb.analysis.timeline.FindingWindow;
import dev.mlwb.analysis.timeline.IncidentTimeline;
import dev.mlwb.analysis.timeline.SourceSpan;
import dev.mlwb.analysis.timeline.TimelineEvent;
import dev.mlwb.app.chart.Palette;
import dev.mlwb.app.chart.model.LaneLayer;
import dev.mlwb.app.chart.model.Mark;
import dev.mlwb.app.evidence.Times;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The incident timeline as lanes: first one lane per check that fired, with a bar over each window
 * where its finding held (coloured by severity); then one lane per event type (deploys, alerts,
 * scale events, job runs, ingestions; failures in vermillion); then where each data source has
 * data. Deployment events are lines across every lane.
 */
public final class TimelineViewModel {
    private static final Set<String> DEPLOYMENT = Set.of("deploy", "canary_start", "canary_promote", "rollback");

    private final IncidentTimeline t;
    private final List<String> lanes = new ArrayList<>();
    private final Map<String, Integer> checkLane = new LinkedHashMap<>();
    private final Map<String, Integer> eventLane = new LinkedHashMap<>();
    private final Map<String, Integer> sourceLane = new LinkedHashMap<>();
    private final List<LaneLayer> layers;

    /** Prepares the lanes and what is drawn on them; plain data, so it can be built off the FX thread. */
    public TimelineViewModel(IncidentTimeline timeline) {
        this.t = timeline;
        for (FindingWindow w : t.findings()) {
            checkLane.computeIfAbsent(w.check(), k -> add("⚑ " + k));
        }
        boolean manySources = t.lanes().stream().map(EventTypeSummary::source).distinct().count() > 1;
        for (EventTypeSummary s : t.lanes()) {
            eventLane.computeIfAbsent(key(s.source(), s.type()), k -> add(s.type().replace('_', ' ')
                    + (manySources ? " · " + s.source() : "")));
        }
        for (SourceSpan s : t.sources()) {
            sourceLane.computeIfAbsent(s.source(), k -> add("data · " + s.source()));
        }
        layers = buildLayers();
    }

    private int add(String name) {
        lanes.add(name);
        return lanes.size() - 1;
    }

    private static String key(String source, String type) {
        return source + "\u0000" + type;
    }

    public boolean isEmpty() {
        return t.range().isEmpty() || lanes.isEmpty();
    }

    public List<String> lanes() {
        return lanes;
    }

    /** How many lanes are checks that fired (the first ones). */
    public int checkLanes() {
        return checkLane.size();
    }

    public List<LaneLayer> layers() {
        return layers;
    }

    private List<LaneLayer> buildLayers() {
        List<LaneLayer> out = new ArrayList<>();
        double close = t.range().map(r -> r.duration().getSeconds() / 1500.0).orElse(0.0);
        for (String severity : List.of("critical", "warning", "info")) {
            List<LaneLayer.Span> spans = new ArrayList<>();
            for (String check : checkLane.keySet()) {
                spans.addAll(merged(t.findings().stream().filter(w -> w.severity().equals(severity)
                        && w.check().equals(check)).toList(), close));
            }
            if (!spans.isEmpty()) {
                out.add(LaneLayer.spans(severity + " finding", Palette.severity(severity), spans));
            }
        }
        out.add(LaneLayer.spans("data present", Palette.GREY, t.sources().stream().map(s -> new LaneLayer.Span(
                sourceLane.get(s.source()), Times.x(s.start()), Times.x(s.end()), s.source() + " (" + s.role() + "): "
                + String.format(Locale.ROOT, "%,d", s.rows()) + " rows")).toList()));
        addEvents(out);
        out.removeIf(LaneLayer::isEmpty);
        return out;
    }

    /**
     * One check's windows as spans, windows closer than {@code close} seconds joined (thousands of
     * one-minute breaches would be drawn as one bar anyway), each labelled with what it covers.
     */
    List<LaneLayer.Span> merged(List<FindingWindow> windows, double close) {
        List<FindingWindow> sorted = windows.stream().sorted(java.util.Comparator.comparing(FindingWindow::start))
                .toList();
        List<LaneLayer.Span> out = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            FindingWindow first = sorted.get(i);
            java.time.Instant end = first.end();
            java.util.Set<String> titles = new java.util.LinkedHashSet<>(List.of(first.title()));
            int j = i + 1;
            while (j < sorted.size() && sorted.get(j).start().getEpochSecond() - end.getEpochSecond() <= close) {
                end = sorted.get(j).end().isAfter(end) ? sorted.get(j).end() : end;
                titles.add(sorted.get(j).title());
                j++;
            }
            int n = j - i;
            out.add(new LaneLayer.Span(checkLane.get(first.check()), Times.x(first.start()), Times.x(end),
                    first.severity().toUpperCase(Locale.ROOT) + ": " + String.join("; ", titles.stream().limit(2)
                            .toList()) + " (" + Times.minute(first.start()) + " – " + Times.minute(end)
                            + (n > 1 ? ", " + n + " windows" : "") + ")"));
            i = j;
        }
        return out;
    }

    private void addEvents(List<LaneLayer> out) {
        Map<String, List<LaneLayer.Point>> byKind = new LinkedHashMap<>();
        for (String k : List.of("deployment", "failure or error", "alert", "other event")) {
            byKind.put(k, new ArrayList<>());
        }
        for (TimelineEvent e : t.events()) {
            Integer lane = eventLane.get(key(e.source(), e.type()));
            if (lane != null) {
                byKind.get(kind(e)).add(new LaneLayer.Point(lane, Times.x(e.at()), describe(e)));
            }
        }
        for (EventBucket b : t.buckets()) {
            Integer lane = eventLane.get(key(b.source(), b.type()));
            if (lane != null) {
                byKind.get(b.errors() > 0 ? "failure or error" : b.type().equals("alert") ? "alert" : "other event")
                        .add(new LaneLayer.Point(lane, Times.x(b.start()), b.count() + " " + b.type() + " events from "
                                + Times.minute(b.start()) + (b.errors() > 0 ? ", " + b.errors() + " errors" : "")));
            }
        }
        out.add(LaneLayer.points("deployment", Palette.BLACK, byKind.get("deployment")));
        out.add(LaneLayer.points("alert", Palette.PURPLE, byKind.get("alert")));
        out.add(LaneLayer.points("other event", Palette.BLUE, byKind.get("other event")));
        out.add(LaneLayer.points("failure or error", Palette.BAD, byKind.get("failure or error")));
    }

    static String kind(TimelineEvent e) {
        String status = e.attributes().getOrDefault("status", "").toLowerCase(Locale.ROOT);
        String level = e.level().orElse("").toLowerCase(Locale.ROOT);
        if (status.startsWith("fail") || status.equals("error") || status.equals("timeout")
                || level.equals("error") || level.equals("critical") || level.equals("fatal")) {
            return "failure or error";
        }
        if (DEPLOYMENT.contains(e.type()) || e.type().equals("scale")) {
            return "deployment";
        }
        return e.type().equals("alert") ? "alert" : "other event";
    }

    static String describe(TimelineEvent e) {
        StringBuilder b = new StringBuilder(Times.second(e.at())).append("  ").append(e.type());
        e.attributes().forEach((k, v) -> {
            if (!v.isBlank() && b.length() < 160) {
                b.append(", ").append(k).append('=').append(v);
            }
        });
        e.message().ifPresent(m -> b.append(": ").append(m));
        return b.length() > 220 ? b.substring(0, 219) + "…" : b.toString();
    }

    /** Deployment events as lines across every lane. */
    public List<Mark> marks() {
        List<Mark> out = new ArrayList<>();
        for (TimeMarker m : t.markers()) {
            out.add(Mark.xLine(Times.x(m.at()), m.kind().replace('_', ' '), "mark-event"));
        }
        return out;
    }

    public String caption() {
        String range = t.range().map(r -> dev.mlwb.analysis.format.Fmt.period(r)).orElse("no timestamps");
        long events = t.lanes().stream().mapToLong(EventTypeSummary::count).sum();
        return range + "  ·  " + String.format(Locale.ROOT, "%,d", events) + " events in " + t.lanes().size()
                + " lanes  ·  " + t.findings().size() + " finding windows" + (t.undatedEvents() > 0 ? "  ·  "
                + t.undatedEvents() + " events without a time (not drawn)" : "");
    }

    public java.util.Optional<TimeRange> range() {
        return t.range();
    }
}
