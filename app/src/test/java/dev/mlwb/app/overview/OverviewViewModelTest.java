package dev.mlwb.app.overview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.analysis.check.CheckReport;
import dev.mlwb.analysis.check.CheckRun;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.evidence.TimeMarker;
import dev.mlwb.analysis.time.TimeRange;
import dev.mlwb.analysis.timeline.EventBucket;
import dev.mlwb.analysis.timeline.EventTypeSummary;
import dev.mlwb.analysis.timeline.FindingWindow;
import dev.mlwb.analysis.timeline.IncidentTimeline;
import dev.mlwb.analysis.timeline.SourceSpan;
import dev.mlwb.analysis.timeline.TimelineEvent;
import dev.mlwb.app.chart.model.LaneLayer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

class OverviewViewModelTest {
    static final Instant T = Instant.parse("2026-01-15T09:00:00Z");

    static CheckReport report() {
        Finding a = Finding.builder("canary.traffic-mix", Severity.CRITICAL, "no android").build();
        Finding b = Finding.builder("canary.guardrail-slow", Severity.WARNING, "conversion down").build();
        return new CheckReport("b", "Canary", "what happened", List.of(
                new CheckRun("canary.traffic-mix", CheckRun.Status.RAN, Optional.empty(), 12, Map.of(), List.of()),
                CheckRun.skipped("serving.cold-start", "the events log has no replica_start events"),
                CheckRun.failed("data.drift", 3, "boom"),
                new CheckRun("canary.guardrail-slow", CheckRun.Status.RAN, Optional.empty(), 9, Map.of(), List.of()),
                new CheckRun("training.staleness", CheckRun.Status.RAN, Optional.empty(), 9, Map.of(), List.of())),
                List.of(a, b), List.of());
    }

    @Test
    void groupsFindingsBySeverityAndSaysWhyChecksWereSkipped() {
        SimpleObjectProperty<TimeRange> range = new SimpleObjectProperty<>();
        OverviewViewModel m = new OverviewViewModel(range);
        m.setReport(report());
        assertThat(m.findings(Severity.CRITICAL)).extracting(Finding::title).containsExactly("no android");
        assertThat(OverviewViewModel.count(Severity.WARNING, 1)).isEqualTo("1 warning");
        assertThat(OverviewViewModel.count(Severity.WARNING, 2)).isEqualTo("2 warnings");
        assertThat(m.checks()).extracting(CheckItem::id).containsExactly("canary.traffic-mix", "canary.guardrail-slow",
                "training.staleness", "data.drift", "serving.cold-start");
        assertThat(m.checks().get(4).detail()).isEqualTo("the events log has no replica_start events");
        assertThat(m.checks().get(4).states()).containsExactly("doubtful");
        assertThat(m.checksSummary()).isEqualTo("3 checks ran (2 found something), 1 skipped for lack of evidence, 1 failed");
        assertThat(m.timelineStatusProperty().get()).isEqualTo("Building the timeline…");
    }

    @Test
    void zoomingSelectsTheSharedRange() {
        SimpleObjectProperty<TimeRange> range = new SimpleObjectProperty<>();
        OverviewViewModel m = new OverviewViewModel(range);
        m.selectRange(T.getEpochSecond(), T.getEpochSecond() + 3600);
        assertThat(range.get()).isEqualTo(new TimeRange(T, T.plusSeconds(3600)));
        assertThat(m.rangeText().get()).isEqualTo("Findings and time charts limited to Jan 15 09:00–10:00 UTC.");
        m.selectRange(5, 5);
        assertThat(range.get()).isNotNull();
        m.clearRange();
        assertThat(range.get()).isNull();
    }

    @Test
    void theTimelinePutsChecksThatFiredFirstThenEventsThenData() {
        IncidentTimeline t = new IncidentTimeline("timeline", Optional.of(new TimeRange(T, T.plusSeconds(7200))), 60,
                List.of(new EventTypeSummary("deploy-log", "canary_start", 1, false, Optional.of(T), Optional.of(T)),
                        new EventTypeSummary("deploy-log", "job", 2, true, Optional.of(T), Optional.of(T))),
                List.of(new TimelineEvent(T, "deploy-log", "canary_start", Optional.empty(), Optional.empty(),
                        Optional.of("v42 at 10%"), Map.of("to", "v42"))),
                List.of(new EventBucket("deploy-log", "job", T, T.plusSeconds(60), 2, 1)),
                List.of(new TimeMarker(T, "canary_start", "v42")),
                List.of(new FindingWindow("canary.traffic-mix", "critical", "no android", T, T.plusSeconds(3600),
                        List.of("slice:os=android"))),
                List.of(new SourceSpan("serving", "metrics", T, T.plusSeconds(7200), 1000)), 0);
        TimelineViewModel m = new TimelineViewModel(t);
        assertThat(m.lanes()).containsExactly("⚑ canary.traffic-mix", "canary start", "job", "data · serving");
        assertThat(m.checkLanes()).isEqualTo(1);
        List<LaneLayer> layers = m.layers();
        assertThat(layers).extracting(LaneLayer::name).containsExactly("critical finding", "data present",
                "deployment", "failure or error");
        assertThat(layers.get(2).points().get(0).label()).isEqualTo("Jan 15 09:00:00  canary_start, to=v42: v42 at 10%");
        assertThat(layers.get(3).points().get(0).label()).isEqualTo("2 job events from Jan 15 09:00, 1 errors");
        assertThat(m.marks()).singleElement().satisfies(mark -> assertThat(mark.text()).isEqualTo("canary start"));
        assertThat(m.caption()).contains("3 events in 2 lanes", "1 finding windows");
    }

    @Test
    void windowsCloserThanAPixelAreDrawnAsOneBar() {
        List<FindingWindow> minutes = new java.util.ArrayList<>();
        for (int i = 0; i < 100; i++) {
            minutes.add(new FindingWindow("canary.guardrail-fast", "critical", "p99 above 500 ms",
                    T.plusSeconds(90L * i), T.plusSeconds(90L * i + 60), List.of()));
        }
        minutes.add(new FindingWindow("canary.guardrail-fast", "critical", "p99 above 500 ms",
                T.plusSeconds(86_000), T.plusSeconds(86_060), List.of()));
        IncidentTimeline t = new IncidentTimeline("t", Optional.of(new TimeRange(T, T.plusSeconds(86_400))), 60,
                List.of(), List.of(), List.of(), List.of(), minutes, List.of(), 0);
        List<LaneLayer.Span> spans = new TimelineViewModel(t).layers().get(0).spans();
        assertThat(spans).hasSize(2);
        assertThat(spans.get(0).end() - spans.get(0).start()).isEqualTo(90 * 99 + 60);
        assertThat(spans.get(0).label()).isEqualTo("CRITICAL: p99 above 500 ms (Jan 15 09:00 – Jan 15 11:29, 100 windows)");
    }
}
