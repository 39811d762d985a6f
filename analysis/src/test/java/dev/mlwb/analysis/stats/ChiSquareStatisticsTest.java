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

class ChiSquareStatisticsTest {

    @TestFactory
    Stream<DynamicTest> independenceMatchesScipyChi2Contingency() {
        return ReferenceData.cases("chi2.json", "table").stream().map(c -> DynamicTest.dynamicTest(
                c.get("name").asText(), () -> {
                    ChiSquareResult result = ChiSquareIndependence.test(table(c.get("table")));
                    // scipy 1.10.1 stats.chi2_contingency(table without all-zero rows/columns, correction=False)
                    assertExpected(result, c);
                }));
    }

    @Test
    void categoriesFormATwoRowTableOverTheUnionOfCategories() {
        JsonNode c = ReferenceData.cases("chi2.json", "categories").get(0);
        Map<String, Long> ref = countMap(c.get("referenceMap"));
        Map<String, Long> cur = countMap(c.get("currentMap"));
        // scipy 1.10.1 stats.chi2_contingency([[ref...], [cur...]], correction=False), "car" only in current
        assertExpected(ChiSquareIndependence.testCategories(ref, cur), c);
        assertThat(c.get("pvalue").asDouble()).isLessThan(1e-50);
    }

    @TestFactory
    Stream<DynamicTest> goodnessOfFitMatchesScipyChisquare() {
        return ReferenceData.cases("chi2.json", "goodnessOfFit").stream().map(c -> DynamicTest.dynamicTest(
                c.get("name").asText(), () -> {
                    ChiSquareResult result = ChiSquareGoodnessOfFit.test(longs(c.get("observed")),
                            doubles(c.get("shares")));
                    // scipy 1.10.1 stats.chisquare(observed, f_exp=shares / shares.sum() * observed.sum())
                    assertExpected(result, c);
                }));
    }

    @Test
    void aTableWithOneNonEmptyColumnHasNoDegreesOfFreedom() {
        assertThat(ChiSquareIndependence.test(new long[][] {{3, 0}, {5, 0}}))
                .isEqualTo(new ChiSquareResult(0.0, 0, 1.0));
        assertThat(ChiSquareGoodnessOfFit.test(new long[] {7, 0}, new double[] {1, 0}))
                .isEqualTo(new ChiSquareResult(0.0, 0, 1.0));
    }

    @Test
    void rejectsInputsItCannotUse() {
        assertThatThrownBy(() -> ChiSquareIndependence.test(new long[][] {{1, 2}, {3}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same length");
        assertThatThrownBy(() -> ChiSquareIndependence.test(new long[][] {{0, 0}, {0, 0}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only zeros");
        assertThatThrownBy(() -> ChiSquareIndependence.test(new long[][] {{1, -2}, {3, 4}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
        assertThatThrownBy(() -> ChiSquareIndependence.test(new long[0][]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one row");
        assertThatThrownBy(() -> ChiSquareGoodnessOfFit.test(new long[] {1, 2}, new double[] {0.5, -0.5}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expectedShares[1]");
        assertThatThrownBy(() -> ChiSquareGoodnessOfFit.test(new long[] {1, 2}, new double[] {0, 0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("all be zero");
    }

    private static void assertExpected(ChiSquareResult result, JsonNode c) {
        assertSame(result.statistic(), c.get("statistic").asDouble(), "statistic");
        assertThat(result.degreesOfFreedom()).as("dof").isEqualTo(c.get("dof").asInt());
        ReferenceData.assertClose(result.pValue(), c.get("pvalue").asDouble(), 1e-12, 1e-300, "p-value");
    }

    private static long[][] table(JsonNode rows) {
        long[][] table = new long[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            table[i] = longs(rows.get(i));
        }
        return table;
    }
}
