package dev.mlwb.analysis.stats;

import static dev.mlwb.analysis.stats.ReferenceData.assertSame;
import static dev.mlwb.analysis.stats.ReferenceData.countMap;
import static dev.mlwb.analysis.stats.ReferenceData.longs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class JensenShannonTest {

    @TestFactory
    Stream<DynamicTest> distanceMatchesScipy() {
        return ReferenceData.cases("js.json", "counts").stream().map(c -> DynamicTest.dynamicTest(
                c.get("name").asText(), () -> {
                    double d = JensenShannon.distance(longs(c.get("p")), longs(c.get("q")));
                    // scipy 1.10.1 spatial.distance.jensenshannon(p, q, base=2)
                    assertSame(d, c.get("distance").asDouble(), "distance");
                }));
    }

    @Test
    void categoriesMissingFromOneSideCountZero() {
        JsonNode c = ReferenceData.cases("js.json", "categories").get(0);
        double d = JensenShannon.distance(countMap(c.get("pMap")), countMap(c.get("qMap")));
        // scipy 1.10.1 spatial.distance.jensenshannon over the union of categories, base=2
        assertSame(d, c.get("distance").asDouble(), "distance");
    }

    @Test
    void distanceIsZeroForEqualSharesAndOneForDisjointSupport() {
        assertThat(JensenShannon.distance(new long[] {1, 2, 3}, new long[] {2, 4, 6})).isZero();
        assertThat(JensenShannon.distance(Map.of("a", 3L), Map.of("b", 5L))).isEqualTo(1.0);
    }

    @Test
    void rejectsInputsItCannotUse() {
        assertThatThrownBy(() -> JensenShannon.distance(new long[] {0, 0}, new long[] {1, 1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("p must not all be zero");
        assertThatThrownBy(() -> JensenShannon.distance(new long[] {1}, new long[] {1, 1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same length");
    }
}
