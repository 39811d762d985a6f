package dev.mlwb.app.evidence.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.analysis.evidence.EnvironmentComparison;
import dev.mlwb.analysis.evidence.EnvironmentField;
import dev.mlwb.analysis.evidence.FailureStreak;
import dev.mlwb.analysis.evidence.FieldDiff;
import dev.mlwb.analysis.evidence.FieldStatus;
import dev.mlwb.analysis.evidence.IngestionBucket;
import dev.mlwb.analysis.evidence.IngestionHistory;
import dev.mlwb.analysis.evidence.ItemShare;
import dev.mlwb.analysis.evidence.JobHistory;
import dev.mlwb.analysis.evidence.JobRun;
import dev.mlwb.analysis.evidence.MessageCount;
import dev.mlwb.analysis.evidence.PopularityTrend;
import dev.mlwb.analysis.evidence.PopularityWindow;
import dev.mlwb.analysis.evidence.ReplicaLane;
import dev.mlwb.analysis.evidence.ReplicaLanes;
import dev.mlwb.analysis.evidence.ReplicaVerdict;
import dev.mlwb.analysis.evidence.ScaleStep;
import dev.mlwb.analysis.evidence.SchemaCompatibility;
import dev.mlwb.analysis.evidence.Series;
import dev.mlwb.analysis.evidence.SourceIngestion;
import dev.mlwb.analysis.evidence.VersionVerdict;
import dev.mlwb.analysis.time.TimeRange;
import dev.mlwb.app.chart.model.LaneLayer;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OpsViewModelsTest {
    static final Instant T = Instant.parse("2026-02-06T19:00:00Z");

    static ReplicaLane lane(String id, int start, int ready, int traffic, ReplicaVerdict v) {
        return new ReplicaLane(id, Optional.of(T.plusSeconds(start)), Optional.of(T.plusSeconds(ready)),
                Optional.of(T.plusSeconds(traffic)), ready - start, traffic < ready ? ready - traffic : Double.NaN, v);
    }

    @Test
    void replicaLanesShowPreReadyTrafficInVermillionAndOpenOnTheScaleUp() {
        ReplicaLane old = new ReplicaLane("r-old", Optional.of(T.minusSeconds(7 * 3600)),
                Optional.of(T.minusSeconds(7 * 3600 - 46)), Optional.of(T.minusSeconds(7 * 3600 - 47)), 46, Double.NaN,
                ReplicaVerdict.SLOW_INIT);
        ReplicaLane early = lane("r-early", 92, 141, 100, ReplicaVerdict.SERVED_BEFORE_READY);
        ReplicaLanes lanes = new ReplicaLanes("3 replicas", List.of(early, old), List.of(new ScaleStep(T.plusSeconds(90),
                2, 20, 52, 815, 15.7, true)), List.of(new Series("p99", new long[] {T.toEpochMilli()},
                new double[] {800})), 60, 0);
        ReplicaLanesViewModel m = new ReplicaLanesViewModel(lanes, Optional.of("r-early"));
        assertThat(m.lanes()).containsExactly(old, early);
        assertThat(m.laneNames()).containsExactly("r-old", "▶ r-early");
        List<LaneLayer> layers = m.layers();
        assertThat(layers.get(1).name()).isEqualTo("traffic before ready");
        assertThat(layers.get(1).spans()).singleElement().satisfies(s -> {
            assertThat(s.lane()).isEqualTo(1);
            assertThat(s.label()).isEqualTo("r-early: served 41 s before ready");
        });
        assertThat(layers.get(4).points()).hasSize(1);
        assertThat(m.scaleMarks().get(0).text()).isEqualTo("scale 2 → 20, p99 ×15.7");
        double[] range = m.initialRange().orElseThrow();
        assertThat(range[0]).isEqualTo(T.plusSeconds(30).getEpochSecond());
        assertThat(range[1]).isEqualTo(T.plusSeconds(141 + 120).getEpochSecond());
        assertThat(m.states(early)).containsExactlyInAnyOrder("bad", "focus");
        assertThat(m.time(early.start())).isEqualTo("19:01:32");
        assertThat(m.day()).contains("Feb 6");
        assertThat(m.caption()).startsWith("Feb 6: 2 replicas;");
        assertThat(m.latency().get(0).colour()).isEqualTo(dev.mlwb.app.chart.Palette.VERMILLION);
    }

    @Test
    void schemaDiffOpensOnTheFirstUnsafeRollback() {
        FieldDiff ok = new FieldDiff("ctr", Optional.of("double"), Optional.of("double"), true, FieldStatus.OK, false);
        FieldDiff rejected = new FieldDiff("dwell_rt", Optional.empty(), Optional.of("double"), false,
                FieldStatus.UNKNOWN_REJECTED, true);
        VersionVerdict current = new VersionVerdict("v2", "current", Optional.of(T), true, true, "v2: safe", List.of(ok));
        VersionVerdict v1 = new VersionVerdict("v1", "rollback", Optional.of(T.minusSeconds(86400)), true, false,
                "rollback to v1: unsafe", List.of(rejected, ok));
        SchemaDiffViewModel m = new SchemaDiffViewModel(new SchemaCompatibility("p8 against 2", "p8", Optional.of(T),
                "v2", List.of(current, v1)), Optional.empty());
        assertThat(m.selectedProperty().get()).isSameAs(v1);
        assertThat(m.caption()).contains("1 of 2 would break");
        assertThat(m.fields()).containsExactly(rejected, ok);
        assertThat(SchemaDiffViewModel.status(rejected)).isEqualTo("unknown to a strict model: rejected");
        assertThat(SchemaDiffViewModel.fieldStates(rejected)).containsExactly("bad");
        assertThat(SchemaDiffViewModel.verdictWord(current)).isEqualTo("safe");
        assertThat(new SchemaDiffViewModel(new SchemaCompatibility("t", "p8", Optional.empty(), "v2",
                List.of(current, v1)), Optional.of("v2")).selectedProperty().get()).isSameAs(current);
    }

    @Test
    void environmentDiffCanShowOnlyTheDifferences() {
        EnvironmentField numpy = new EnvironmentField("packages.numpy", List.of("1.23.5", "1.24.1"), true, false);
        EnvironmentField seed = new EnvironmentField("seed", List.of("42", "42"), false, false);
        EnvironmentField sha = new EnvironmentField("artifact_sha256", List.of("3f2a9c0d6e1b47a8c2d95f0e4b7a1c3d8e6f2b9a",
                ""), true, false);
        EnvironmentField started = new EnvironmentField("started_at", List.of("2026-01-05T02:00:00Z",
                "2026-01-12T02:00:00Z"), true, false);
        EnvironmentField image = new EnvironmentField("image", List.of("trainer:2025.12.18", "trainer:2026.01.09"),
                true, false);
        EnvironmentDiffViewModel m = new EnvironmentDiffViewModel(new EnvironmentComparison("2 runs", "git:7c1e",
                "snap-1", List.of("train-401", "train-402"), List.of(started, numpy, seed, sha, image)));
        assertThat(m.caption()).isEqualTo("Code git:7c1e, data snap-1: the runs differ in packages.numpy and image, "
                + "and so do their results: artifact_sha256 (highlighted); started_at differ as expected.");
        assertThat(m.rows()).hasSize(5);
        m.onlyDifferencesProperty().set(true);
        assertThat(m.rows()).containsExactly(numpy, sha, image);
        assertThat(EnvironmentDiffViewModel.verdict(started)).isEqualTo("expected");
        assertThat(EnvironmentDiffViewModel.verdict(sha)).isEqualTo("result differs");
        assertThat(EnvironmentDiffViewModel.verdict(image)).isEqualTo("differs");
        assertThat(EnvironmentDiffViewModel.states(started)).isEmpty();
        assertThat(EnvironmentDiffViewModel.value(sha, 0)).isEqualTo("3f2a9c0d6e1b…");
        assertThat(EnvironmentDiffViewModel.value(sha, 1)).isEqualTo("—");
        assertThat(EnvironmentDiffViewModel.states(numpy)).containsExactly("bad");
    }

    @Test
    void jobHistoryPutsFailuresOnTheirOwnLaneWithTheStreak() {
        JobRun ok = new JobRun(T.minusSeconds(86400 * 23), true, "success", Optional.of("fraud-0201"), Optional.empty());
        JobRun bad = new JobRun(T.minusSeconds(86400), false, "failed", Optional.empty(),
                Optional.of("ImportError: numpy"));
        JobHistoryViewModel m = new JobHistoryViewModel(new JobHistory("Runs of train", "train", 86400,
                Optional.of(ok.at()), T, List.of(ok, bad), List.of(new FailureStreak(bad.at(), bad.at(), 22, true,
                List.of(new MessageCount("ImportError: numpy", 22)))), 900, 3));
        assertThat(m.caption()).contains("2 runs, 1 failed", "23 days before", "usually every 24 h",
                "900 alerts fired, 3 of them");
        assertThat(m.layers().get(2).points()).singleElement().satisfies(p -> assertThat(p.lane()).isEqualTo(1));
        assertThat(m.runs().get(0)).isSameAs(bad);
        assertThat(m.streaks().get(0).messages()).isEqualTo("ImportError: numpy");
        assertThat(m.marks()).extracting(dev.mlwb.app.chart.model.Mark::text).containsExactly("last success", "now");
    }

    @Test
    void ingestionLanesShowGapsAndStaleSources() {
        SourceIngestion s = new SourceIngestion("chargebacks", 86400, Optional.of(T.minusSeconds(86400 * 5)),
                86400 * 5, 30, 2, 2, List.of(new IngestionBucket(T.minusSeconds(86400 * 6), 1, 0),
                new IngestionBucket(T.minusSeconds(86400 * 2), 0, 2)), List.of(new TimeRange(T.minusSeconds(86400 * 5),
                T)), true, Optional.of("timeout"));
        IngestionHistoryViewModel m = new IngestionHistoryViewModel(new IngestionHistory("Ingestion", 12600, T,
                List.of(s)));
        assertThat(m.caption()).startsWith("1 sources, 1 silent for too long");
        assertThat(m.layers().get(0).spans()).hasSize(1);
        assertThat(m.layers().get(1).points()).hasSize(1);
        assertThat(m.layers().get(2).points()).hasSize(1);
        assertThat(IngestionHistoryViewModel.states(s)).containsExactly("bad");
    }

    @Test
    void popularityTrendDrawsGiniCoverageAndTopShare() {
        PopularityWindow w1 = new PopularityWindow(T, T.plusSeconds(604800), 2000, 937, 0.59, 0.65, 0.12);
        PopularityWindow w2 = new PopularityWindow(T.plusSeconds(604800), T.plusSeconds(2 * 604800), 2000, 300, 0.97,
                0.2, 0.7);
        PopularityTrendViewModel m = new PopularityTrendViewModel(new PopularityTrend("trend", "for-you", 604800, 1432,
                List.of(w1, w2), List.of(new ItemShare("sku-1", 0.01, 0.2)), Optional.of(new TimeRange(w1.start(),
                w2.end()))));
        assertThat(m.caption()).contains("Gini 0.59 → 0.97", "coverage 65.0% → 20.0%", "rose without a break");
        assertThat(m.lines()).extracting(l -> l.name()).containsExactly("Gini of exposures", "catalog coverage",
                "top 1 % share");
        assertThat(m.lines().get(0).y()).containsExactly(0.59, 0.97);
        assertThat(m.marks()).hasSize(1);
    }
}
