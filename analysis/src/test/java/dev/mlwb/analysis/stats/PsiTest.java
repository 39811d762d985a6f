package dev.mlwb.analysis.stats;

import static dev.mlwb.analysis.stats.ReferenceData.assertSame;
import static dev.mlwb.analysis.stats.ReferenceData.countMap;
import static dev.mlwb.analysis.stats.ReferenceData.doubles;
import static dev.mlwb.analysis.stats.ReferenceData.longs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class PsiTest {

    @TestFactory
    Stream<DynamicTest> numericPsiFollowsTheSpecFromDecilesToIndex() {
        return ReferenceData.cases("psi.json", "numeric").stream().map(c -> DynamicTest.dynamicTest(
                c.get("name").asText(), () -> {
                    PsiBins bins = PsiBins.fromQuantiles(doubles(c.get("quantiles")));
                    // numpy 1.24.2: np.unique(np.quantile(reference, [0.1..0.9]))
                    assertThat(bins.edges()).containsExactly(doubles(c.get("edges")));
                    long[] ref = histogram(bins, doubles(c.get("reference")));
                    long[] cur = histogram(bins, doubles(c.get("current")));
                    // numpy 1.24.2: np.bincount(np.searchsorted(edges, v, side='left'))
                    assertThat(ref).containsExactly(longs(c.get("referenceCounts")));
                    assertThat(cur).containsExactly(longs(c.get("currentCounts")));
                    // numpy transcription of the spec's PSI (generate_reference.py psi())
                    assertSame(Psi.of(ref, cur), c.get("psi").asDouble(), "psi");
                }));
    }

    @TestFactory
    Stream<DynamicTest> categoricalPsiUsesOneBinPerCategoryOfEitherDataset() {
        return ReferenceData.cases("psi.json", "categorical").stream().map(c -> DynamicTest.dynamicTest(
                c.get("name").asText(), () -> {
                    Map<String, Long> ref = countMap(c.get("referenceMap"));
                    Map<String, Long> cur = countMap(c.get("currentMap"));
                    // numpy transcription of the spec's PSI over the union of categories
                    assertSame(Psi.ofCategories(ref, cur), c.get("psi").asDouble(), "psi");
                }));
    }

    @Test
    void binsEmptyOnBothSidesContributeNothing() {
        JsonNode c = ReferenceData.cases("psi.json", "counts").get(0);
        long[] ref = longs(c.get("referenceCounts"));
        long[] cur = longs(c.get("currentCounts"));
        // numpy transcription of the spec's PSI
        assertSame(Psi.of(ref, cur), c.get("psi").asDouble(), "psi");
        double[] terms = Psi.contributions(ref, cur);
        assertThat(terms[1]).isZero();
        assertThat(java.util.Arrays.stream(terms).min().orElseThrow()).isGreaterThanOrEqualTo(0);
        assertSame(terms[0] + terms[1] + terms[2] + terms[3] + terms[4] + terms[5], Psi.of(ref, cur), "sum of terms");
    }

    @Test
    void sharesBelowTheFloorAreRaisedToIt() {
        // 1 row in 20000 is a share of 0.00005, raised to 0.0001; hand computation of the spec's formula
        double expected = (0.0001 - 0.5) * Math.log(0.0001 / 0.5) + (0.99995 - 0.5) * Math.log(0.99995 / 0.5);
        assertSame(Psi.of(new long[] {1, 1}, new long[] {1, 19999}), expected, "psi");
    }

    @Test
    void binOfPutsAValueEqualToAnEdgeInTheBinThatEdgeCloses() {
        PsiBins bins = PsiBins.fromQuantiles(1, 2, 2, 2, 3);
        assertThat(bins.edges()).containsExactly(1, 2, 3);
        assertThat(bins.binCount()).isEqualTo(4);
        assertThat(bins.binOf(Double.NEGATIVE_INFINITY)).isZero();
        assertThat(bins.binOf(1.0)).isZero();
        assertThat(bins.binOf(Math.nextUp(1.0))).isEqualTo(1);
        assertThat(bins.binOf(2.0)).isEqualTo(1);
        assertThat(bins.binOf(3.0)).isEqualTo(2);
        assertThat(bins.binOf(3.5)).isEqualTo(3);
        assertThat(bins.binOf(Double.POSITIVE_INFINITY)).isEqualTo(3);
    }

    @Test
    void negativeZeroIsTheSameEdgeAsZero() {
        PsiBins bins = PsiBins.fromQuantiles(-0.0, 0.0, 1.0);
        assertThat(bins.edges()).hasSize(2);
        assertThat(bins.binOf(0.0)).isZero();
        assertThat(bins.binOf(-0.0)).isZero();
    }

    @Test
    void binsCopyTheirInputAndOutput() {
        double[] q = {1, 2, 3};
        PsiBins bins = PsiBins.fromQuantiles(q);
        q[0] = 10;
        bins.edges()[1] = 10;
        assertThat(bins.edges()).containsExactly(1, 2, 3);
        assertThat(PsiBins.decileLevels()).containsExactly(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9);
    }

    @Test
    void rejectsInputsItCannotUse() {
        assertThatThrownBy(() -> PsiBins.fromQuantiles(2, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ascending");
        assertThatThrownBy(() -> PsiBins.fromQuantiles(1, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite");
        assertThatThrownBy(() -> PsiBins.fromQuantiles(1).binOf(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
        assertThatThrownBy(() -> Psi.of(new long[] {1, 2}, new long[] {1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same length");
        assertThatThrownBy(() -> Psi.of(new long[] {0, 0}, new long[] {1, 1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("referenceCounts");
        assertThatThrownBy(() -> Psi.of(new long[] {1, -1}, new long[] {1, 1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
        assertThatThrownBy(() -> Psi.ofCategories(Map.of("a", -1L), Map.of("a", 1L)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a -> -1");
    }

    private static long[] histogram(PsiBins bins, double[] values) {
        long[] counts = new long[bins.binCount()];
        for (double v : values) {
            counts[bins.binOf(v)]++;
        }
        return counts;
    }

    @org.junit.jupiter.api.Test
    void theExpectedPsiWithoutShiftMatchesTwoSamplesOfOneDistribution() {
        // reference value: the mean PSI of 2,000 pairs of samples drawn from one distribution (Monte Carlo in this
        // test, java.util.Random seed 7), against (k - 1)(1/n + 1/m)
        java.util.Random rnd = new java.util.Random(7);
        int k = 10;
        int n = 4000;
        int m = 1500;
        double sum = 0;
        int draws = 2000;
        for (int d = 0; d < draws; d++) {
            long[] a = new long[k];
            long[] b = new long[k];
            for (int i = 0; i < n; i++) {
                a[rnd.nextInt(k)]++;
            }
            for (int i = 0; i < m; i++) {
                b[rnd.nextInt(k)]++;
            }
            sum += Psi.of(a, b);
        }
        double expected = Psi.expectedWithoutShift(k, n, m);
        org.assertj.core.api.Assertions.assertThat(expected).isEqualTo(9 * (1.0 / 4000 + 1.0 / 1500));
        org.assertj.core.api.Assertions.assertThat(sum / draws).isCloseTo(expected,
                org.assertj.core.api.Assertions.within(0.08 * expected));
    }
}
