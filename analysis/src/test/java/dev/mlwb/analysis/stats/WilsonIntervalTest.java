package dev.mlwb.analysis.stats;

import static dev.mlwb.analysis.stats.ReferenceData.assertSame;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class WilsonIntervalTest {

    @TestFactory
    Stream<DynamicTest> matchesStatsmodelsWilsonFormula() {
        return ReferenceData.cases("wilson.json").stream().map(c -> DynamicTest.dynamicTest(
                c.get("successes") + "/" + c.get("trials") + " alpha=" + c.get("alpha"), () -> {
                    RateInterval interval = WilsonInterval.of(c.get("successes").asLong(),
                            c.get("trials").asLong(), c.get("alpha").asDouble());
                    // statsmodels proportion_confint(x, n, alpha, method='wilson') formula with
                    // scipy 1.10.1 stats.norm.isf (statsmodels is not installed on the reference machine)
                    assertSame(interval.lower(), c.get("lower").asDouble(), "lower");
                    assertSame(interval.upper(), c.get("upper").asDouble(), "upper");
                }));
    }

    @Test
    void intervalContainsTheRateAndStaysInTheUnitInterval() {
        RateInterval none = WilsonInterval.of(0, 20, 0.05);
        assertThat(none.lower()).isZero();
        assertThat(none.upper()).isBetween(0.1, 0.2);
        RateInterval half = WilsonInterval.of(50, 100, 0.05);
        assertThat(half.lower()).isLessThan(0.5);
        assertThat(half.upper()).isGreaterThan(0.5);
    }

    @Test
    void rejectsInputsItCannotUse() {
        assertThatThrownBy(() -> WilsonInterval.of(1, 10, 1.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("alpha");
        assertThatThrownBy(() -> WilsonInterval.of(11, 10, 0.05))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("successes");
    }
}
