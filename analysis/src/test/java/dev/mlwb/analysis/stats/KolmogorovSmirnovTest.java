package dev.mlwb.analysis.stats;

import static dev.mlwb.analysis.stats.ReferenceData.assertClose;
import static dev.mlwb.analysis.stats.ReferenceData.assertSame;
import static dev.mlwb.analysis.stats.ReferenceData.doubles;
import static dev.mlwb.analysis.stats.ReferenceData.longs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class KolmogorovSmirnovTest {
    /**
     * Exact branch: the same recursions in the same operation order as scipy, so only rounding noise differs.
     */
    private static final double EXACT_TOLERANCE = 1e-12;
    /**
     * Asymptotic branch: scipy sums the one-sided Smirnov series in double-double arithmetic, this code with
     * Commons' binomial PMF in double; relative differences seen are below 4e-13 up to n = 10^6 (bound about n·2^-52).
     */
    private static final double ASYMPTOTIC_TOLERANCE = 1e-10;

    @TestFactory
    Stream<DynamicTest> testMatchesScipyKs2sampOnAggregatedSamples() {
        return ReferenceData.cases("ks.json", "samples").stream().map(c -> DynamicTest.dynamicTest(
                c.get("name").asText(), () -> {
                    KsResult result = KolmogorovSmirnov.test(doubles(c.get("values")),
                            longs(c.get("referenceCounts")), longs(c.get("currentCounts")));
                    boolean exact = c.get("method").asText().equals("exact");
                    // scipy 1.10.1 stats.ks_2samp(a, b, alternative='two-sided', method='auto')
                    assertSame(result.statistic(), c.get("statistic").asDouble(), "statistic");
                    assertClose(result.pValue(), c.get("pvalue").asDouble(),
                            exact ? EXACT_TOLERANCE : ASYMPTOTIC_TOLERANCE, 1e-15, "p-value");
                }));
    }

    @TestFactory
    Stream<DynamicTest> exactPValueMatchesScipyOnALatticeOfStatistics() {
        return ReferenceData.cases("ks.json", "exact").stream().map(c -> DynamicTest.dynamicTest(
                "n=" + c.get("n") + " m=" + c.get("m") + " d=" + c.get("d"), () -> {
                    double p = KolmogorovSmirnov.pValue(c.get("d").asDouble(), c.get("n").asLong(),
                            c.get("m").asLong());
                    // scipy 1.10.1 stats._stats_py._attempt_exact_2kssamp(n, m, gcd, d, 'two-sided'),
                    // the helper ks_2samp(method='auto') uses when max(n, m) <= 10000
                    assertClose(p, c.get("pvalue").asDouble(), EXACT_TOLERANCE, 1e-15, "p-value");
                }));
    }

    @TestFactory
    Stream<DynamicTest> asymptoticPValueMatchesScipyForHugeSamples() {
        return ReferenceData.cases("ks.json", "asymptotic").stream().map(c -> DynamicTest.dynamicTest(
                "n=" + c.get("n") + " m=" + c.get("m") + " d=" + c.get("d"), () -> {
                    double p = KolmogorovSmirnov.pValue(c.get("d").asDouble(), c.get("n").asLong(),
                            c.get("m").asLong());
                    // scipy 1.10.1 stats.kstwo.sf(d, round(n*m/(n+m))), what ks_2samp returns for max(n, m) > 10000
                    assertClose(p, c.get("pvalue").asDouble(), ASYMPTOTIC_TOLERANCE, 1e-300, "p-value");
                }));
    }

    @TestFactory
    Stream<DynamicTest> oneSampleDistributionMatchesScipyKstwoInEveryRegion() {
        return ReferenceData.cases("ks.json", "kstwo").stream().map(c -> DynamicTest.dynamicTest(
                "n=" + c.get("n") + " x=" + c.get("x"), () -> {
                    double sf = KolmogorovTwoSided.sf(c.get("x").asDouble(), c.get("n").asLong());
                    // scipy 1.10.1 stats.kstwo.sf(x, n); absolute 1e-300 allows scipy's subnormal results
                    assertClose(sf, c.get("sf").asDouble(), ASYMPTOTIC_TOLERANCE, 1e-300, "sf");
                }));
    }

    @Test
    void identicalSamplesHaveStatisticZeroAndPValueOne() {
        KsResult result = KolmogorovSmirnov.test(new double[] {1, 2, 3}, new long[] {5, 6, 7},
                new long[] {5, 6, 7});
        assertThat(result).isEqualTo(new KsResult(0.0, 1.0));
        assertThat(KolmogorovSmirnov.pValue(0.0, 5_000_000, 7_000_000)).isEqualTo(1.0);
    }

    @Test
    void tiesAreComparedAfterTheWholeGroupOfEqualValues() {
        // reference {0, 1}, current {1, 1}: ECDFs 0.5 vs 0 at value 0, both 1 at value 1
        KsResult result = KolmogorovSmirnov.test(new double[] {0, 1}, new long[] {1, 1}, new long[] {0, 2});
        assertThat(result.statistic()).isEqualTo(0.5);
        // scipy 1.10.1 stats.ks_2samp([0, 1], [1, 1]) -> statistic 0.5, pvalue 1.0
        assertThat(result.pValue()).isEqualTo(1.0);
    }

    @Test
    void aStatisticJustOffTheLatticeIsRoundedToIt() {
        // scipy rounds d * lcm(n, m) to an integer before the exact computation
        double onLattice = KolmogorovSmirnov.pValue(7.0 / 35, 5, 7);
        assertThat(KolmogorovSmirnov.pValue(7.0 / 35 + 1e-12, 5, 7)).isEqualTo(onLattice);
    }

    @Test
    void rejectsInputsItCannotUse() {
        assertThatThrownBy(() -> KolmogorovSmirnov.test(new double[] {2, 1}, new long[] {1, 1},
                new long[] {1, 1})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("strictly increasing");
        assertThatThrownBy(() -> KolmogorovSmirnov.test(new double[] {1, 2}, new long[] {0, 0},
                new long[] {1, 1})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("referenceCounts");
        assertThatThrownBy(() -> KolmogorovSmirnov.test(new double[] {1}, new long[] {1, 1},
                new long[] {1, 1})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("same length");
        assertThatThrownBy(() -> KolmogorovSmirnov.pValue(1.5, 10, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[0, 1]");
        assertThatThrownBy(() -> KolmogorovSmirnov.pValue(0.5, 0, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("n must be positive");
    }

    @Test
    void referenceCoversBothBranchesAndTheSwitchBetweenThem() {
        // guards the reference file itself: the tests above must exercise exact and asymptotic samples
        assertThat(ReferenceData.cases("ks.json", "samples")).extracting(c -> c.get("method").asText())
                .contains("exact", "asymp");
        JsonNode largestExact = ReferenceData.cases("ks.json", "samples").stream()
                .filter(c -> c.get("n").asInt() == KolmogorovSmirnov.MAX_EXACT_SIZE).findFirst().orElseThrow();
        assertThat(largestExact.get("method").asText()).isEqualTo("exact");
    }
}
