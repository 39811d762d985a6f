package dev.mlwb.analysis.stats;

import static dev.mlwb.analysis.stats.ReferenceData.assertSame;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class ConfusionCountsTest {

    @TestFactory
    Stream<DynamicTest> ratesMatchSklearnWhereDefinedAndAreNaNElsewhere() {
        return ReferenceData.cases("confusion.json").stream().map(c -> DynamicTest.dynamicTest(
                c.get("name").asText(), () -> {
                    ConfusionCounts counts = new ConfusionCounts(c.get("tp").asLong(), c.get("fp").asLong(),
                            c.get("fn").asLong(), c.get("tn").asLong());
                    // scikit-learn 1.2.1 metrics.precision_score / recall_score / f1_score; where sklearn's
                    // zero_division='warn' returns 0.0 for an undefined rate, this class returns NaN
                    check(counts.precision(), c, "precision");
                    check(counts.recall(), c, "recall");
                    check(counts.f1(), c, "f1");
                }));
    }

    @Test
    void countsRowsAndRejectsNegativeCounts() {
        assertThat(new ConfusionCounts(1, 2, 3, 4).rows()).isEqualTo(10);
        assertThatThrownBy(() -> new ConfusionCounts(1, -2, 3, 4))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("falsePositives");
    }

    private static void check(double actual, JsonNode c, String rate) {
        if (c.get(rate + "Defined").asBoolean()) {
            assertSame(actual, c.get(rate).asDouble(), rate);
        } else {
            assertThat(c.get(rate).asDouble()).as("sklearn's zero_division value for %s", rate).isZero();
            assertThat(actual).as(rate).isNaN();
        }
    }
}
