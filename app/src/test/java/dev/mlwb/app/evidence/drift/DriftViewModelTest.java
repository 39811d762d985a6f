package dev.mlwb.app.evidence.drift;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.analysis.evidence.DriftOverTime;
import dev.mlwb.analysis.evidence.DriftWindow;
import dev.mlwb.analysis.evidence.HistogramBin;
import dev.mlwb.analysis.evidence.HistogramPair;
import dev.mlwb.app.chart.Palette;
import dev.mlwb.app.chart.model.Bars;
import dev.mlwb.app.chart.model.Line;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class DriftViewModelTest {
    static final Instant T0 = Instant.parse("2026-01-08T00:00:00Z");

    static HistogramPair numeric(String name, double psi) {
        List<HistogramBin> bins = List.of(new HistogramBin("≤ 1", 0, 1, 50, 20, 0.5, 0.2, false, 0.27),
                new HistogramBin("> 1", 1, 3, 50, 80, 0.5, 0.8, false, 0.14));
        return new HistogramPair(name + ", training → serving", name, "numeric", "training", "serving", 100, 100, 0, 5,
                bins, psi, 0.3, 1e-5, Double.NaN, Double.NaN, false, psi >= 0.2 ? "critical" : "ok");
    }

    static HistogramPair categorical(String name, double psi) {
        List<HistogramBin> bins = List.of(new HistogramBin("grocery", Double.NaN, Double.NaN, 60, 50, 0.6, 0.5, false, 0.01),
                new HistogramBin("bnpl", Double.NaN, Double.NaN, 0, 10, 0, 0.1, true, 0.6));
        return new HistogramPair(name, name, "categorical", "training", "serving", 60, 60, 0, 0, bins, psi, Double.NaN,
                Double.NaN, 1e-9, 0.4, false, "critical");
    }

    static DriftOverTime overTime(String name) {
        return new DriftOverTime(name + " over time", name, "training", "serving", 86400, 0.1, 0.2, 500, List.of(
                new DriftWindow(T0, T0.plusSeconds(86400), 1000, 0, 0.01, 0.02, Double.NaN, true),
                new DriftWindow(T0.plusSeconds(86400), T0.plusSeconds(2 * 86400), 1000, 0, 1.2, 0.5, Double.NaN, true),
                new DriftWindow(T0.plusSeconds(2 * 86400), T0.plusSeconds(3 * 86400), 10, 0, 0.5, 0.5, Double.NaN, false)));
    }

    @Test
    void listsEveryPeerWorstFirstAndSelectsTheFindingsFeature() {
        HistogramPair shown = numeric("merchant risk", 0.12);
        HistogramPair calm = numeric("amount", 0.01);
        HistogramPair cat = categorical("txn category", 0.74);
        DriftViewModel m = new DriftViewModel(List.of(shown), List.of(shown, calm, cat),
                List.of(overTime("merchant risk")), Optional.empty());
        assertThat(m.items()).extracting(DriftItem::name).containsExactly("merchant risk", "txn category", "amount");
        assertThat(m.items().get(0).maxWindowPsi()).isEqualTo(1.2);
        assertThat(m.selectedProperty().get().pair()).isSameAs(shown);
        assertThat(m.title()).isEqualTo("Drift, training → serving");
        assertThat(m.selectedHeading()).contains("PSI 0.12", "KS 0.3", "missing 0.0% → 5.0%");
    }

    @Test
    void numericDistributionsAreOverlaidBarsOnTheSharedBins() {
        DriftViewModel m = new DriftViewModel(List.of(numeric("x", 0.3)), List.of(), List.of(), Optional.empty());
        assertThat(m.categories()).containsExactly("≤ 1", "> 1");
        List<Bars> bars = m.bars();
        assertThat(bars).extracting(Bars::colour).containsExactly(Palette.REFERENCE, Palette.CURRENT);
        assertThat(bars).extracting(Bars::width).containsExactly(1.0, 0.5);
        assertThat(bars.get(0).values()).containsExactly(new double[] {50, 50}, Offset.offset(1e-9));
        assertThat(bars.get(1).values()).containsExactly(new double[] {20, 80}, Offset.offset(1e-9));
        assertThat(bars.get(0).labels().get(0)).isEqualTo("≤ 1: 50.0% of training, 20.0% of serving (PSI term 0.27)");
        assertThat(m.hasOverTime()).isFalse();
    }

    @Test
    void categoricalBarsPutUnseenCategoriesInVermillionInTheCurrentSlot() {
        DriftViewModel m = new DriftViewModel(List.of(categorical("c", 0.7)), List.of(), List.of(), Optional.empty());
        assertThat(m.selectedIsNumeric()).isFalse();
        assertThat(m.categories()).containsExactly("grocery", "bnpl");
        List<Bars> bars = m.bars();
        assertThat(bars).extracting(Bars::width).containsExactly(1.0, 0.5, 0.5);
        assertThat(bars.get(2).colour()).isEqualTo(Palette.BAD);
        assertThat(bars.get(1).values()[1]).isNaN();
        assertThat(bars.get(2).values()[1]).isEqualTo(10.0, Offset.offset(1e-9));
        assertThat(m.items().get(0).distance()).isEqualTo("JS 0.4");
    }

    @Test
    void driftPerWindowSeparatesWindowsTooThinToJudgeAndFocusSelects() {
        HistogramPair a = numeric("a", 0.05);
        HistogramPair b = numeric("b", 0.3);
        DriftViewModel m = new DriftViewModel(List.of(a, b), List.of(), List.of(overTime("b")), Optional.of("b"));
        assertThat(m.selectedProperty().get().pair()).isSameAs(b);
        List<Line> lines = m.overTimeLines();
        assertThat(lines.get(0).y()[1]).isEqualTo(1.2);
        assertThat(lines.get(0).y()[2]).isNaN();
        assertThat(lines.get(1).y()[2]).isEqualTo(0.5);
        assertThat(m.overTimeMarks()).hasSize(2);
        assertThat(m.overTimeCaption()).startsWith("PSI per 24 h window of serving");
    }
}
