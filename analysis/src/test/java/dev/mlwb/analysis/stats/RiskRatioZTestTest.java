package dev.mlwb.analysis.stats;

import static dev.mlwb.analysis.stats.ReferenceData.assertClose;
import static dev.mlwb.analysis.stats.ReferenceData.assertSame;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class RiskRatioZTestTest {

    @TestFactory
    Stream<DynamicTest> matchesStatsmodelsLogRatioFormula() {
        return ReferenceData.cases("ratio.json").stream().map(c -> DynamicTest.dynamicTest(
                c.get("name").asText(), () -> {
                    RiskRatioTestResult r = RiskRatioZTest.test(c.get("baselineSuccesses").asLong(),
                            c.get("baselineTrials").asLong(), c.get("treatmentSuccesses").asLong(),
                            c.get("treatmentTrials").asLong(), c.get("hypothesis").asDouble());
                    // statsmodels test_proportions_2indep(xT, nT, xB, nB, value, compare='ratio', method='log')
                    // formula with numpy 1.24.2 and scipy 1.10.1 stats.norm (statsmodels is not installed)
                    same(r.ratio(), c.get("ratio").asDouble(), "ratio");
                    same(r.standardError(), c.get("standardError").asDouble(), "standard error");
                    same(r.z(), c.get("z").asDouble(), "z");
                    same(r.pValueLower(), c.get("pSmaller").asDouble(), "p, alternative='smaller'");
                    same(r.pValueHigher(), c.get("pLarger").asDouble(), "p, alternative='larger'");
                }));
    }

    @Test
    void aDropBeyondTheToleranceIsSignificantAndOneWithinItIsNot() {
        assertThat(RiskRatioZTest.test(5000, 100_000, 4500, 100_000, 0.95).pValueLower()).isLessThan(0.01);
        assertThat(RiskRatioZTest.test(5000, 100_000, 4900, 100_000, 0.95).pValueLower()).isGreaterThan(0.9);
        RiskRatioTestResult r = RiskRatioZTest.test(5000, 100_000, 4500, 100_000, 0.95);
        assertSame(r.pValueLower() + r.pValueHigher(), 1.0, "one-sided p-values are complementary");
    }

    @Test
    void noSuccessesGiveNaN() {
        RiskRatioTestResult r = RiskRatioZTest.test(0, 100, 3, 100, 0.95);
        assertThat(r.z()).isNaN();
        assertThat(r.pValueLower()).isNaN();
    }

    @Test
    void rejectsInputsItCannotUse() {
        assertThatThrownBy(() -> RiskRatioZTest.test(5, 0, 1, 10, 0.95)).hasMessageContaining("baselineTrials");
        assertThatThrownBy(() -> RiskRatioZTest.test(5, 10, 11, 10, 0.95)).hasMessageContaining("treatmentSuccesses (11)");
        assertThatThrownBy(() -> RiskRatioZTest.test(5, 10, 1, 10, 0)).hasMessageContaining("hypothesis");
    }

    private static void same(double actual, double expected, String what) {
        assertClose(actual, expected, 1e-12, 1e-300, what);
    }
}
