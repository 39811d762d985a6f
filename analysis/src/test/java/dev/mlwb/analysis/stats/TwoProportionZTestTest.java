package dev.mlwb.analysis.stats;

import static dev.mlwb.analysis.stats.ReferenceData.assertClose;
import static dev.mlwb.analysis.stats.ReferenceData.assertSame;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class TwoProportionZTestTest {

    @TestFactory
    Stream<DynamicTest> matchesStatsmodelsProportionsZtestFormula() {
        return ReferenceData.cases("ztest.json").stream().map(c -> DynamicTest.dynamicTest(
                c.get("name").asText(), () -> {
                    ProportionTestResult r = TwoProportionZTest.test(c.get("baselineSuccesses").asLong(),
                            c.get("baselineTrials").asLong(), c.get("treatmentSuccesses").asLong(),
                            c.get("treatmentTrials").asLong());
                    // statsmodels proportions_ztest([xT, xB], [nT, nB]) formula with scipy 1.10.1 stats.norm
                    // (statsmodels is not installed on the reference machine)
                    assertSame(r.baselineRate(), c.get("baselineRate").asDouble(), "baseline rate");
                    assertSame(r.treatmentRate(), c.get("treatmentRate").asDouble(), "treatment rate");
                    same(r.z(), c.get("z").asDouble(), "z");
                    same(r.pValueTwoSided(), c.get("pTwoSided").asDouble(), "two-sided p");
                    same(r.pValueLower(), c.get("pSmaller").asDouble(), "p, alternative='smaller'");
                    same(r.pValueHigher(), c.get("pLarger").asDouble(), "p, alternative='larger'");
                    same(r.relativeChange(), c.get("relativeChange").asDouble(), "relative change");
                }));
    }

    @Test
    void aDropGivesNegativeZAndASmallLowerPValue() {
        ProportionTestResult r = TwoProportionZTest.test(5200, 100_000, 4900, 100_000);
        assertThat(r.z()).isNegative();
        assertThat(r.pValueLower()).isLessThan(0.01);
        assertSame(r.pValueLower() + r.pValueHigher(), 1.0, "one-sided p-values are complementary");
        assertSame(r.relativeChange(), 4900.0 / 5200 - 1, "relative change");
    }

    @Test
    void rejectsInputsItCannotUse() {
        assertThatThrownBy(() -> TwoProportionZTest.test(5, 0, 1, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baselineTrials");
        assertThatThrownBy(() -> TwoProportionZTest.test(5, 10, 11, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("treatmentSuccesses (11)");
        assertThatThrownBy(() -> TwoProportionZTest.test(-1, 10, 1, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
    }

    private static void same(double actual, double expected, String what) {
        assertClose(actual, expected, 1e-12, 1e-300, what);
    }
}
