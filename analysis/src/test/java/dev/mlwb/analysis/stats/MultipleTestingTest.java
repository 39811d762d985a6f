package dev.mlwb.analysis.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Reference values: Debian's python3-statsmodels 0.13.5, {@code statsmodels.stats.multitest.multipletests}. */
class MultipleTestingTest {
    private static void same(double[] actual, double... expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i]).as("[%d]", i).isCloseTo(expected[i], within(1e-12));
        }
    }

    @Test
    void holmMatchesStatsmodels() {
        // multipletests([0.01, 0.04, 0.03, 0.005, 0.2, 0.04], method='holm')[1]
        same(MultipleTesting.holm(new double[] {0.01, 0.04, 0.03, 0.005, 0.2, 0.04}),
                0.05, 0.12, 0.12, 0.03, 0.2, 0.12);
        // multipletests([0.0001, 0.5, 0.0004, 0.9, 0.012], method='holm')[1]
        same(MultipleTesting.holm(new double[] {0.0001, 0.5, 0.0004, 0.9, 0.012}),
                0.0005, 1.0, 0.0016, 1.0, 0.036000000000000004);
    }

    @Test
    void benjaminiHochbergMatchesStatsmodels() {
        // multipletests([0.01, 0.04, 0.03, 0.005, 0.2, 0.04], method='fdr_bh')[1]
        same(MultipleTesting.benjaminiHochberg(new double[] {0.01, 0.04, 0.03, 0.005, 0.2, 0.04}),
                0.030000000000000002, 0.048, 0.048, 0.030000000000000002, 0.2, 0.048);
        // multipletests([0.0001, 0.5, 0.0004, 0.9, 0.012], method='fdr_bh')[1]
        same(MultipleTesting.benjaminiHochberg(new double[] {0.0001, 0.5, 0.0004, 0.9, 0.012}),
                0.0005, 0.625, 0.001, 0.9, 0.02);
    }

    @Test
    void testsThatCouldNotBeMadeStayNaNAndDoNotCount() {
        // as holm on [0.01, 0.04]: 0.02, 0.04
        double[] h = MultipleTesting.holm(new double[] {0.01, Double.NaN, 0.04});
        assertThat(h[0]).isCloseTo(0.02, within(1e-15));
        assertThat(h[1]).isNaN();
        assertThat(h[2]).isCloseTo(0.04, within(1e-15));
        assertThat(MultipleTesting.holm(new double[0])).isEmpty();
        assertThatThrownBy(() -> MultipleTesting.holm(new double[] {1.5})).hasMessageContaining("pValues");
    }
}
