package dev.mlwb.analysis.stats;

import static dev.mlwb.analysis.stats.ReferenceData.assertSame;
import static dev.mlwb.analysis.stats.ReferenceData.longs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Tests {@link Gini} and {@link TopShare}, the two measures of exposure concentration. */
class ExposureConcentrationTest {

    @TestFactory
    Stream<DynamicTest> giniAndTopShareMatchNumpy() {
        return ReferenceData.cases("exposure.json").stream().map(c -> DynamicTest.dynamicTest(
                c.get("name").asText(), () -> {
                    long[] exposures = longs(c.get("exposures"));
                    // numpy: np.abs(np.subtract.outer(x, x)).mean() / (2 * x.mean())
                    assertSame(Gini.of(exposures), c.get("gini").asDouble(), "gini");
                    for (JsonNode share : c.get("topShares")) {
                        double fraction = share.get("fraction").asDouble();
                        // numpy: np.sort(x)[::-1][:k].sum() / x.sum(), k = max(1, ceil(round(fraction * n, 9)))
                        assertThat(TopShare.topItemCount(exposures.length, fraction))
                                .as("k for %s", fraction).isEqualTo(share.get("k").asInt());
                        assertSame(TopShare.of(exposures, fraction), share.get("share").asDouble(),
                                "top share " + fraction);
                    }
                }));
    }

    @Test
    void giniDoesNotDependOnItemOrder() {
        assertThat(Gini.of(new long[] {5, 0, 1, 9})).isEqualTo(Gini.of(new long[] {9, 5, 1, 0}));
    }

    @Test
    void sevenPercentOfAHundredItemsIsSevenItems() {
        assertThat(0.07 * 100).isGreaterThan(7.0);
        assertThat(TopShare.topItemCount(100, 0.07)).isEqualTo(7);
        assertThat(TopShare.topItemCount(100, 0.071)).isEqualTo(8);
    }

    @Test
    void noExposuresAtAllIsUndefined() {
        assertThat(Gini.of(new long[] {0, 0, 0})).isNaN();
        assertThat(TopShare.of(new long[] {0, 0}, 0.5)).isNaN();
    }

    @Test
    void rejectsInputsItCannotUse() {
        assertThatThrownBy(() -> Gini.of(new long[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> TopShare.of(new long[] {1, 2}, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fraction");
        assertThatThrownBy(() -> Gini.of(new long[] {1, -2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
    }
}
