package dev.mlwb.app.evidence.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.analysis.evidence.DatasetQuality;
import dev.mlwb.analysis.evidence.ModelQualityComparison;
import dev.mlwb.analysis.evidence.ReliabilityBin;
import dev.mlwb.analysis.evidence.ReliabilityDiagram;
import dev.mlwb.analysis.evidence.SegmentMetrics;
import dev.mlwb.analysis.evidence.SegmentRow;
import dev.mlwb.analysis.evidence.SliceVerdict;
import dev.mlwb.app.chart.Palette;
import dev.mlwb.app.chart.model.Line;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModelViewModelsTest {
    static ReliabilityDiagram diagram(String name, String subject, double ece) {
        return new ReliabilityDiagram("Reliability of " + name, subject, name, 2000, ece, 0.2, 0.13, List.of(
                new ReliabilityBin(0, 0.1, 1000, 0.05, 0.06, -0.01),
                new ReliabilityBin(0.1, 0.2, 0, Double.NaN, Double.NaN, Double.NaN),
                new ReliabilityBin(0.7, 0.8, 1000, 0.72, 0.51, 0.21)));
    }

    @Test
    void calibrationDrawsTheBaselineBesideTheCanaryWithEceAndBrierInTheLegend() {
        ReliabilityDiagram canary = diagram("canary v13", "model:v13", 0.031);
        ReliabilityDiagram baseline = diagram("baseline v12", "model:v12", 0.008);
        ReliabilityDiagram offline = diagram("backtest", "source:backtest", 0.02);
        CalibrationViewModel m = new CalibrationViewModel(List.of(canary), List.of(baseline, canary, offline));
        assertThat(m.diagrams()).containsExactly(baseline, canary);
        List<Line> curves = m.curves();
        assertThat(curves.get(0).name()).isEqualTo("perfect calibration");
        assertThat(curves.get(1).colour()).isEqualTo(Palette.BASELINE);
        assertThat(curves.get(2).colour()).isEqualTo(Palette.CANARY);
        assertThat(curves.get(2).name()).isEqualTo("canary v13 — ECE 0.031 · Brier 0.13 · 2,000 rows");
        // the empty bin is left out of the curve
        assertThat(curves.get(2).x()).containsExactly(0.05, 0.72);
        assertThat(m.binLabels()).containsExactly("0–0.1", "0.1–0.2", "0.7–0.8");
        assertThat(m.bins()).hasSize(6);
        assertThat(m.bins().get(5).states()).containsExactly("bad");
        assertThat(m.bins().get(4).states()).containsExactly("doubtful");
    }

    static SegmentRow row(String slice, double bRecall, double cRecall, SliceVerdict v) {
        return new SegmentRow(slice, slice.substring(slice.indexOf('=') + 1), slice.contains("new"), 500, 500, 0.8, 0.82,
                bRecall, cRecall, 0.85, 0.86, "recall", bRecall - cRecall, 1e-4, v);
    }

    @Test
    void segmentsShowTheMetricThatFellAndMarkTheFocusedSegment() {
        SegmentRow all = row("all", 0.61, 0.62, SliceVerdict.OK);
        SegmentRow fresh = row("user cohort=new", 0.59, 0.46, SliceVerdict.REGRESSION);
        SegmentRow old = row("user cohort=returning", 0.62, 0.64, SliceVerdict.OK);
        SegmentMetricsViewModel m = new SegmentMetricsViewModel(new SegmentMetrics("by cohort", "user cohort", "v12",
                "v13", 0.5, 0.03, 0.02, all, List.of(fresh, old)), Optional.of("user cohort=new"));
        assertThat(m.rows()).containsExactly(all, fresh, old);
        assertThat(m.barMetricWord()).isEqualTo("recall");
        assertThat(m.categories()).containsExactly("all", "new ★", "returning");
        assertThat(m.bars().get(1).values()[1]).isEqualTo(0.46);
        assertThat(m.states(fresh)).containsExactlyInAnyOrder("bad", "focus");
        assertThat(SegmentMetricsViewModel.worst(fresh)).isEqualTo("recall -0.130");
        assertThat(m.focused()).contains(fresh);
    }

    @Test
    void offlineAboveProductionPlusTheGapIsFlagged() {
        DatasetQuality prod = new DatasetQuality("production", "production", 3000, 3000, 800, 0.793, 0.27);
        DatasetQuality off = new DatasetQuality("offline-validation", "offline", 2000, 2000, 500, 0.922, 0.27);
        ModelQualityViewModel m = new ModelQualityViewModel(new ModelQualityComparison("AUC", "auc", "production",
                0.05, List.of(prod, off)));
        assertThat(m.states(off)).containsExactly("bad");
        assertThat(m.states(prod)).isEmpty();
        assertThat(m.gap(off)).isEqualTo("+0.129");
        assertThat(m.marks().get(0).from()).isEqualTo(0.843, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(m.bars().get(2).values()).containsExactly(Double.NaN, 0.922);
    }
}
