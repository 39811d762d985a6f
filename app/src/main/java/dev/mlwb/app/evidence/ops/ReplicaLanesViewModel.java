package dev.mlwb.app.evidence.ops;

import dev.mlwb.analysis.evidence.ReplicaLane;
import dev.mlwb.analysis.evidence.ReplicaLanes;
import dev.mlwb.analysis.evidence.ReplicaVerdict;
import dev.mlwb.analysis.evidence.ScaleStep;
import dev.mlwb.analysis.evidence.Series;
import dev.mlwb.analysis.format.Fmt;
import dev.mlwb.app.chart.Charts;
import dev.mlwb.app.chart.Palette;
import dev.mlwb.app.chart.model.LaneLayer;
import dev.mlwb.app.chart.model.Line;
import dev.mlwb.app.chart.model.Mark;
import dev.mlwb.app.evidence.Times;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Latency and readiness: p99 and p50 over time above one lane per replica (loading from start to
 * ready, traffic served before ready in vermillion, ready and first traffic as points), with the
 * scale events across both. Starts zoomed on the replicas that came up around the scale events.
 */
public final class ReplicaLanesViewModel {
    private final ReplicaLanes r;
    private final List<ReplicaLane> lanes;
    private final Optional<String> focus;

    public ReplicaLanesViewModel(ReplicaLanes lanes, Optional<String> focus) {
        this.r = lanes;
        this.focus = focus;
        this.lanes = lanes.lanes().stream().sorted(Comparator.comparing((ReplicaLane l) -> l.start()
                .or(l::firstTraffic).orElse(Instant.MAX)).thenComparing(ReplicaLane::replica)).toList();
    }

    public String title() {
        return "Latency and readiness: " + r.title();
    }

    public String caption() {
        long early = lanes.stream().filter(l -> l.verdict() == ReplicaVerdict.SERVED_BEFORE_READY).count();
        return day().map(d -> d + ": ").orElse("") + lanes.size() + " replicas; " + early + " served traffic before they were ready (vermillion), "
                + r.scaleSteps().size() + " scale " + (r.scaleSteps().size() == 1 ? "event" : "events")
                + " (dashed lines)." + (r.unlabelledEvents() > 0 ? " " + r.unlabelledEvents()
                + " replica events without a replica name are not drawn." : "")
                + " The charts start zoomed on the scale-up; ⟲ shows everything.";
    }

    public boolean hasLatency() {
        return !r.latency().isEmpty();
    }

    public List<Line> latency() {
        List<Line> out = new ArrayList<>();
        for (Series s : r.latency()) {
            double[] x = Charts.seconds(s.epochMillis());
            double[] v = s.values();
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < s.size(); i++) {
                labels.add(s.label() + ", " + Times.second(s.time(i)) + ": " + Fmt.num(v[i], 1) + " ms");
            }
            boolean p99 = s.label().toLowerCase(Locale.ROOT).contains("99");
            out.add(new Line(s.label(), p99 ? Palette.VERMILLION : Palette.BLUE, x, v, labels,
                    p99 ? Line.Look.LINE : Line.Look.DASHED));
        }
        return out;
    }

    public List<Mark> scaleMarks() {
        List<Mark> out = new ArrayList<>();
        for (ScaleStep s : r.scaleSteps()) {
            out.add(Mark.xLine(Times.x(s.at()), "scale " + Fmt.num(s.from(), 0) + " → " + Fmt.num(s.to(), 0)
                    + (s.spike() ? ", p99 ×" + Fmt.num(s.ratio(), 1) : ""), s.spike() ? "mark-critical" : "mark-event"));
        }
        return out;
    }

    public List<ReplicaLane> lanes() {
        return lanes;
    }

    /** Lane names, the focused replica marked. */
    public List<String> laneNames() {
        return lanes.stream().map(l -> (isFocus(l) ? "▶ " : "") + l.replica()).toList();
    }

    public boolean isFocus(ReplicaLane l) {
        return focus.filter(l.replica()::equals).isPresent();
    }

    public Optional<ReplicaLane> focused() {
        return lanes.stream().filter(this::isFocus).findFirst();
    }

    public List<LaneLayer> layers() {
        List<LaneLayer.Span> loading = new ArrayList<>();
        List<LaneLayer.Span> early = new ArrayList<>();
        List<LaneLayer.Point> ready = new ArrayList<>();
        List<LaneLayer.Point> traffic = new ArrayList<>();
        List<LaneLayer.Point> trafficEarly = new ArrayList<>();
        for (int i = 0; i < lanes.size(); i++) {
            ReplicaLane l = lanes.get(i);
            int lane = i;
            Optional<Instant> end = l.ready().or(() -> l.start().map(s -> s.plusSeconds(1)));
            l.start().ifPresent(s -> loading.add(new LaneLayer.Span(lane, Times.x(s), Times.x(end.orElse(s)),
                    l.replica() + ": loading " + Times.seconds(l.initSeconds()))));
            if (!Double.isNaN(l.earlySeconds()) && l.firstTraffic().isPresent() && l.ready().isPresent()) {
                early.add(new LaneLayer.Span(lane, Times.x(l.firstTraffic().get()), Times.x(l.ready().get()),
                        l.replica() + ": served " + Times.seconds(l.earlySeconds()) + " before ready"));
            }
            l.ready().ifPresent(t -> ready.add(new LaneLayer.Point(lane, Times.x(t), l.replica() + " ready "
                    + Times.second(t))));
            boolean beforeReady = l.verdict() == ReplicaVerdict.SERVED_BEFORE_READY
                    || l.verdict() == ReplicaVerdict.SERVED_WITHOUT_READY;
            l.firstTraffic().ifPresent(t -> (beforeReady ? trafficEarly : traffic).add(new LaneLayer.Point(lane,
                    Times.x(t), l.replica() + " first traffic " + Times.second(t) + (beforeReady ? " (not ready)" : ""))));
        }
        return List.of(LaneLayer.spans("loading (start → ready)", Palette.SKY, loading),
                LaneLayer.spans("traffic before ready", Palette.BAD, early),
                LaneLayer.points("ready", Palette.GREEN, ready),
                LaneLayer.points("first traffic", Palette.BLACK, traffic),
                LaneLayer.points("first traffic before ready", Palette.BAD, trafficEarly));
    }

    /**
     * The range to open on: the replicas that came up from a minute before the first scale-up to a
     * minute after the last of them was ready; empty to show everything.
     */
    public Optional<double[]> initialRange() {
        Optional<Instant> firstScale = r.scaleSteps().stream().filter(ScaleStep::scaleUp).map(ScaleStep::at).min(
                Comparator.naturalOrder());
        if (firstScale.isEmpty()) {
            return Optional.empty();
        }
        Instant from = firstScale.get().minusSeconds(60);
        Instant to = lanes.stream().filter(l -> l.start().filter(s -> !s.isBefore(from)).isPresent())
                .map(l -> l.ready().or(l::firstTraffic).orElse(l.start().get())).max(Comparator.naturalOrder())
                .orElse(firstScale.get()).plusSeconds(120);
        return Optional.of(new double[] {Times.x(from), Times.x(to)});
    }

    /** A lane's time: {@code 19:01:32} when every lane is on one day (named in the caption), else with the date. */
    public String time(Optional<Instant> t) {
        boolean oneDay = lanes.stream().flatMap(l -> java.util.stream.Stream.of(l.start(), l.ready(), l.firstTraffic()))
                .flatMap(Optional::stream).map(Times::day).distinct().count() <= 1;
        return t.map(i -> oneDay ? Times.second(i).substring(Times.second(i).indexOf(' ', 4) + 1) : Times.second(i))
                .orElse("—");
    }

    /** The day every lane is on, if they share one. */
    public Optional<String> day() {
        List<String> days = lanes.stream().flatMap(l -> java.util.stream.Stream.of(l.start(), l.ready(),
                l.firstTraffic())).flatMap(Optional::stream).map(Times::day).distinct().toList();
        return days.size() == 1 ? Optional.of(days.get(0)) : Optional.empty();
    }

    public static String verdict(ReplicaLane l) {
        return l.verdict().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    public Set<String> states(ReplicaLane l) {
        Set<String> s = new java.util.HashSet<>();
        if (l.verdict() == ReplicaVerdict.SERVED_BEFORE_READY || l.verdict() == ReplicaVerdict.SERVED_WITHOUT_READY) {
            s.add("bad");
        } else if (l.verdict() != ReplicaVerdict.OK) {
            s.add("warn");
        }
        if (isFocus(l)) {
            s.add("focus");
        }
        return s;
    }
}
