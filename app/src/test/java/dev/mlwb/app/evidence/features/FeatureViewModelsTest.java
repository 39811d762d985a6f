package dev.mlwb.app.evidence.features;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.analysis.evidence.ConcentrationRow;
import dev.mlwb.analysis.evidence.DifferenceBin;
import dev.mlwb.analysis.evidence.ImputationBatch;
import dev.mlwb.analysis.evidence.ImputationBatches;
import dev.mlwb.analysis.evidence.ImputationConcentration;
import dev.mlwb.analysis.evidence.LeakageExample;
import dev.mlwb.analysis.evidence.LeakageTimeline;
import dev.mlwb.analysis.evidence.LookaheadBin;
import dev.mlwb.analysis.evidence.SkewComparison;
import dev.mlwb.analysis.evidence.SkewExample;
import dev.mlwb.app.chart.model.LaneLayer;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeatureViewModelsTest {
    static final Instant ROW = Instant.parse("2026-01-08T00:00:00Z");
    static final Instant COMPUTED = Instant.parse("2026-01-20T23:00:00Z");

    static LeakageTimeline leakage(String feature, long violations) {
        return new LeakageTimeline(feature + " in training", feature, "training", "row timestamp", 6000, violations,
                violations / 6000.0, 311, 1, Optional.of(ROW), Optional.of(ROW.plusSeconds(86400)),
                Optional.of(COMPUTED), 1, List.of(new LookaheadBin("at or before", Double.NaN, 0, 2838, false),
                new LookaheadBin("up to 1 h later", 0, 1, 0, false), new LookaheadBin("1–6 h later", 1, 6, 0, true),
                new LookaheadBin("7–30 days later", 168, 720, 3162, true)),
                List.of(new LeakageExample(Optional.of("U1"), Optional.of(ROW), COMPUTED,
                        Optional.of(ROW.plusSeconds(3600)), 311)));
    }

    @Test
    void leakageShowsViolatingRangesInVermillionTheToleranceAndTheBackfill() {
        LeakageTimeline a = leakage("clicks 7d", 3162);
        LeakageTimeline b = leakage("age", 0);
        LeakageViewModel m = new LeakageViewModel(List.of(a), List.of(a, b), Optional.empty());
        assertThat(m.features()).containsExactly(a, b);
        assertThat(m.caption()).contains("a single backfill run", "Jan 20 23:00");
        assertThat(m.bars().get(1).values()).containsExactly(Double.NaN, Double.NaN, 0, 3162);
        assertThat(m.toleranceMarks()).singleElement().satisfies(t -> {
            assertThat(t.from()).isEqualTo(1.5);
            assertThat(t.text()).isEqualTo("tolerance 1 h");
        });
        assertThat(m.exampleLanes()).containsExactly("U1");
        List<LaneLayer> layers = m.exampleLayers();
        assertThat(layers.get(0).spans()).singleElement().satisfies(s -> {
            assertThat(s.start()).isEqualTo(ROW.getEpochSecond());
            assertThat(s.end()).isEqualTo(COMPUTED.getEpochSecond());
        });
        assertThat(layers.get(2).points()).hasSize(1);
        m.selectedProperty().set(b);
        assertThat(m.heading()).startsWith("age in training: 0 of 6,000 rows");
        assertThat(LeakageViewModel.states(a)).containsExactly("bad");
    }

    @Test
    void skewSaysWhichWayThePipelinesDisagree() {
        SkewComparison s = new SkewComparison("amount", "amount", "training-pipeline", "serving", "entity and timestamp",
                7000, 920, 0.131, 0, -5.8, 431.4, 1e-9, 1e-3,
                List.of(new DifferenceBin(-10, 0, 920), new DifferenceBin(0, 10, 6080)),
                List.of(new SkewExample("E1", Optional.of(ROW), "431.2", "27.0", -404.2)));
        SkewViewModel m = new SkewViewModel(s);
        assertThat(m.caption()).contains("920 of 7,000 joined rows (13.1%) differ beyond 1e-9 + 0.001 ×",
                "serving is mostly lower (920 of 920)");
        assertThat(m.histogram().get(0).x()).containsExactly(-10, -10, 0, 0, 10, 10);
        assertThat(m.histogram().get(0).y()).containsExactly(0, 920, 920, 6080, 6080, 0);
        assertThat(SkewViewModel.at(s.examples().get(0))).isEqualTo("Jan 8 00:00:00");
    }

    @Test
    void imputationBatchesAboveTheLimitAreFlagged() {
        ImputationBatches b = new ImputationBatches("merchant risk per batch", "merchant risk", "events", 0.402, 0.02,
                List.of(new ImputationBatch("2026-01-09", Optional.of(ROW), 7, 1000, 0.007),
                        new ImputationBatch("2026-01-10", Optional.of(ROW.plusSeconds(86400)), 192, 1000, 0.192)));
        ImputationViewModel m = new ImputationViewModel(b);
        assertThat(m.caption()).isEqualTo("From the pipeline's imputation log; substituted value 0.402. 1 of 2 batches "
                + "above 2.0%.");
        assertThat(m.bars().get(0).values()[1]).isNaN();
        assertThat(m.bars().get(1).values()[1]).isEqualTo(19.2, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(m.marks().get(0).from()).isEqualTo(2.0);
        assertThat(m.states(b.batches().get(1))).containsExactly("bad");
    }

    @Test
    void concentrationMarksHotValues() {
        ImputationConcentration c = new ImputationConcentration("by category", "merchant risk", "txn category",
                "serving", 868, 7000, 0.124, 0.97, 0, List.of(new ConcentrationRow("bnpl", 405, 405, 1, 0.47, 8.1, true),
                new ConcentrationRow("grocery", 1626, 10, 0.006, 0.01, 0.05, false)));
        ImputationConcentrationViewModel m = new ImputationConcentrationViewModel(c);
        assertThat(m.caption()).startsWith("868 of 7,000 serving rows imputed (12.4%); 97.0% of them");
        assertThat(m.bars().get(1).values()).containsExactly(100.0, Double.NaN);
        assertThat(ImputationConcentrationViewModel.states(c.values().get(0))).containsExactly("bad");
    }
}
