package dev.mlwb.analysis.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Reference values: Debian's python3-scipy 1.10.1 (the calls are written beside each value). */
class BinomialTailTest {
    private static void same(double actual, double expected) {
        assertThat(actual).isCloseTo(expected, within(Math.max(1e-15, Math.abs(expected) * 1e-9)));
    }

    @Test
    void upperTailMatchesScipyBinomtestGreater() {
        // scipy.stats.binomtest(k, n, p, alternative='greater').pvalue
        same(BinomialTail.atLeast(1, 13, 0.01), 0.12247897700103204);
        same(BinomialTail.atLeast(5, 100, 0.01), 0.0034323215877545207);
        same(BinomialTail.atLeast(30, 1010, 0.01), 2.533721518997421e-07);
        same(BinomialTail.atLeast(0, 50, 0.01), 1.0);
        same(BinomialTail.atLeast(12, 1200, 0.01), 0.5389777880509611);
        same(BinomialTail.atLeast(19, 960, 0.01), 0.004559026762796242);
        same(BinomialTail.atLeast(250, 10000, 0.02), 0.0003167183372775443);
    }

    @Test
    void lowerTailMatchesScipyBinomtestLess() {
        // scipy.stats.binomtest(k, n, p, alternative='less').pvalue
        same(BinomialTail.atMost(3, 200, 0.05), 0.009048376396101461);
        same(BinomialTail.atMost(0, 10, 0.3), 0.028247524900000005);
        same(BinomialTail.atMost(45, 100, 0.5), 0.18410080866334788);
    }

    @Test
    void rateRatioMatchesTheConditionalBinomtest() {
        // scipy.stats.binomtest(kt, kt + kb, r*nt/(r*nt + nb), alternative='greater').pvalue
        same(BinomialTail.rateRatioGreater(22, 1920, 40, 96000, 1.0), 4.367894080130088e-22);
        same(BinomialTail.rateRatioGreater(22, 1920, 40, 96000, 2.0), 5.700261203830151e-16);
        same(BinomialTail.rateRatioGreater(3, 200, 15, 5000, 1.0), 0.030119467836962545);
        same(BinomialTail.rateRatioGreater(5, 1000, 50, 10000, 1.0), 0.5679103431223365);
        assertThat(BinomialTail.rateRatioGreater(0, 100, 0, 100, 1.0)).isEqualTo(1.0);
    }

    @Test
    void rejectsCountsItCannotUse() {
        assertThatThrownBy(() -> BinomialTail.atLeast(11, 10, 0.1)).hasMessageContaining("k");
        assertThatThrownBy(() -> BinomialTail.atLeast(1, 10, 1.5)).hasMessageContaining("p");
        assertThatThrownBy(() -> BinomialTail.rateRatioGreater(1, 10, 1, 10, 0)).hasMessageContaining("ratio");
    }
}
