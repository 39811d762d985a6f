package dev.mlwb.app.evidence.canary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.analysis.evidence.SliceBreakdown;
import dev.mlwb.analysis.evidence.SliceRow;
import dev.mlwb.analysis.evidence.SliceVerdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class SliceBreakdownViewModelTest {
    private static final SliceRow ANDROID = new SliceRow("os=android", "android", true, 1000, 900, 0.55, 0.5, 0.034,
            0.029, -0.147, 1e-40, SliceVerdict.REGRESSION);
    private static final SliceRow IOS = new SliceRow("os=ios", "ios", false, 800, 900, 0.45, 0.5, 0.046, 0.0462,
            0.004, 0.6, SliceVerdict.OK);
    private static final SliceRow ALL = new SliceRow("all", "all traffic", false, 1800, 1800, 1, 1, 0.04, 0.038,
            -0.05, 1e-5, SliceVerdict.OK);

    private static SliceBreakdown breakdown(String metric, double threshold) {
        return new SliceBreakdown("CTR by os", "os", metric, "impressions", "v41", "v42", "the whole incident",
                threshold, ALL, List.of(ANDROID, IOS));
    }

    @Test
    void ratesAreTheBarsForABusinessMetric() {
        SliceBreakdownViewModel m = new SliceBreakdownViewModel(breakdown("ctr", -0.05));
        assertThat(m.isTraffic()).isFalse();
        assertThat(m.categories()).containsExactly("android", "ios");
        assertThat(m.seriesNames()).containsExactly("v41 (baseline)", "v42 (canary)");
        assertThat(m.values().get(0)).containsExactly(new double[] {3.4, 4.6}, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(m.values().get(1)[0]).isEqualTo(2.9, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(m.caption()).isEqualTo("v41 (baseline) vs v42 (canary), CTR per impressions, the whole incident"
                + "  ·  guard: a significant drop beyond 5.0% (★ critical slices stricter)");
        assertThat(m.metricWord()).isEqualTo("CTR");
    }

    @Test
    void sharesAreTheBarsForTraffic() {
        SliceBreakdownViewModel m = new SliceBreakdownViewModel(breakdown("traffic", Double.NaN));
        assertThat(m.isTraffic()).isTrue();
        assertThat(m.values().get(0)).containsExactly(new double[] {55.0, 45.0}, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(m.caption()).doesNotContain("guard");
    }

    @Test
    void rowsAreFormattedAndFlagged() {
        SliceRowItem a = new SliceRowItem(ANDROID);
        assertThat(a.slice()).isEqualTo("android  ★");
        assertThat(a.baselineRate()).isEqualTo("3.4%");
        assertThat(a.change()).isEqualTo("-14.7%");
        assertThat(a.pValue()).isEqualTo("1.0e-40");
        assertThat(a.verdict()).isEqualTo("regression");
        assertThat(a.bad()).isTrue();
        assertThat(new SliceRowItem(IOS).bad()).isFalse();
        assertThat(new SliceRowItem(IOS).shareRatio()).isEqualTo("1.11×");
    }
}
