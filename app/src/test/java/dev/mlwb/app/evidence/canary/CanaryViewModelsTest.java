package dev.mlwb.app.evidence.canary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.analysis.evidence.BusinessMetricWindows;
import dev.mlwb.analysis.evidence.MetricSeries;
import dev.mlwb.analysis.evidence.MetricWindow;
import dev.mlwb.analysis.evidence.Series;
import dev.mlwb.analysis.evidence.TimeMarker;
import dev.mlwb.analysis.time.TimeRange;
import dev.mlwb.app.chart.Palette;
import dev.mlwb.app.chart.model.Mark;
import java.time.Instant;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class CanaryViewModelsTest {
    static final Instant T = Instant.parse("2026-01-15T09:00:00Z");

    @Test
    void metricSeriesColoursArmsByRoleAndMarksThresholdBreachesAndEvents() {
        MetricSeries s = new MetricSeries("p99 per minute", "latency_p99_ms", "ms", 500, "above", 60, List.of(
                new Series("v41 (baseline)", new long[] {T.toEpochMilli()}, new double[] {120}),
                new Series("v42 (canary)", new long[] {T.toEpochMilli()}, new double[] {800})),
                List.of(new TimeRange(T, T.plusSeconds(120))), List.of(new TimeMarker(T, "canary_start", "v42")));
        MetricSeriesViewModel m = new MetricSeriesViewModel(s);
        assertThat(m.lines()).extracting(l -> l.colour()).containsExactly(Palette.BASELINE, Palette.CANARY);
        assertThat(m.lines().get(1).labels().get(0)).isEqualTo("v42 (canary), Jan 15 09:00: 800 ms");
        assertThat(m.marks()).extracting(Mark::kind).containsExactly(Mark.Kind.Y_LINE, Mark.Kind.BAND,
                Mark.Kind.X_LINE);
        assertThat(m.caption()).isEqualTo("threshold ≥ 500 ms  ·  1 breach (shaded)  ·  1 deployment events  ·  60 s buckets");
        assertThat(m.axisLabel()).isEqualTo("latency p99 ms");
    }

    @Test
    void businessWindowsShowRatesInPercentAndBreachedWindowsApart() {
        MetricWindow ok = new MetricWindow(T, T.plusSeconds(600), 0.08, 0.079, 1000, 300, -0.0125, true, false);
        MetricWindow bad = new MetricWindow(T.plusSeconds(600), T.plusSeconds(1200), 0.08, 0.064, 1000, 300, -0.2,
                true, true);
        MetricWindow thin = new MetricWindow(T.plusSeconds(1200), T.plusSeconds(1800), 0.08, 0.1, 1000, 5, 0.25,
                false, false);
        BusinessMetricWindows w = new BusinessMetricWindows("conversion", "conversion", "relative", "v41", "v42", -0.05,
                600, List.of(ok, bad, thin), List.of(new TimeRange(bad.start(), bad.end())), List.of());
        BusinessMetricWindowsViewModel m = new BusinessMetricWindowsViewModel(w);
        assertThat(m.metricWord()).isEqualTo("conversion rate");
        assertThat(m.rateLines().get(1).y()).containsExactly(new double[] {7.9, 6.4, 10}, Offset.offset(1e-9));
        assertThat(m.changeLines().get(1).y()).containsExactly(Double.NaN, -20.0, Double.NaN);
        assertThat(m.changeLines().get(0).y()[2]).isNaN();
        assertThat(m.changeMarks()).anySatisfy(mark -> assertThat(mark.text()).isEqualTo("limit -5.0%"));
        assertThat(BusinessMetricWindowsViewModel.states(bad)).containsExactly("bad");
        assertThat(BusinessMetricWindowsViewModel.states(thin)).containsExactly("doubtful");
        assertThat(m.caption()).contains("5.0% or more below", "1 run of consecutive breaches");
    }

    @Test
    void thousandsOfBreachesAreAFewShadedStretches() {
        long[] times = new long[10_080];
        double[] values = new double[times.length];
        java.util.List<TimeRange> breaches = new java.util.ArrayList<>();
        for (int i = 0; i < times.length; i++) {
            times[i] = T.plusSeconds(60L * i).toEpochMilli();
            if (i % 2 == 0 && (i < 3000 || i > 7000)) {
                breaches.add(new TimeRange(T.plusSeconds(60L * i), T.plusSeconds(60L * i + 60)));
            }
        }
        MetricSeries s = new MetricSeries("success rate", "success_rate", "%", 99, "below", 60,
                List.of(new Series("all", times, values)), breaches, List.of());
        List<Mark> bands = new MetricSeriesViewModel(s).marks().stream().filter(m -> m.kind() == Mark.Kind.BAND)
                .toList();
        assertThat(breaches).hasSizeGreaterThan(3000);
        assertThat(bands).hasSize(2).allSatisfy(b -> assertThat(b.text()).isEqualTo("breach"));
        assertThat(bands.get(0).to()).isEqualTo(T.plusSeconds(60L * 2998 + 60).getEpochSecond());
    }
}
