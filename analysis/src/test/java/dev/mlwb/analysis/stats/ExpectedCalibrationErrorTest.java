package dev.mlwb.analysis.stats;

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

class ExpectedCalibrationErrorTest {

    @TestFactory
    Stream<DynamicTest> summaryMatchesNumpyAndSklearn() {
        return ReferenceData.cases("calibration.json").stream().filter(c -> c.has("counts"))
                .map(c -> DynamicTest.dynamicTest(c.get("name").asText(), () -> {
                    CalibrationSummary s = ExpectedCalibrationError.of(longs(c.get("counts")),
                            doubles(c.get("sumPredicted")), doubles(c.get("sumLabels")),
                            c.get("sumSquaredError").asDouble());
                    // numpy: sum(n_b/N * |mean_pred_b - observed_b|) and max over non-empty bins
                    assertSame(s.ece(), c.get("ece").asDouble(), "ece");
                    assertSame(s.mce(), c.get("mce").asDouble(), "mce");
                    // scikit-learn 1.2.1 metrics.brier_score_loss(y, p)
                    assertSame(s.brier(), c.get("brier").asDouble(), "brier");
                    assertThat(s.rows()).isEqualTo(c.get("rows").asLong());
                }));
    }

    @Test
    void binOfAgreesWithNumpyIncludingEdgesAndOne() {
        JsonNode c = ReferenceData.cases("calibration.json").stream().filter(n -> n.has("binScores"))
                .findFirst().orElseThrow();
        double[] scores = doubles(c.get("binScores"));
        long[] bins = longs(c.get("bins"));
        for (int i = 0; i < scores.length; i++) {
            // numpy: np.minimum(np.floor(p * 10), 9)
            assertThat(ExpectedCalibrationError.binOf(scores[i])).as("bin of %s", scores[i]).isEqualTo(bins[i]);
        }
        assertThat(ExpectedCalibrationError.binOf(1.0)).isEqualTo(9);
    }

    @Test
    void emptyBinsAreIgnoredByMce() {
        CalibrationSummary s = ExpectedCalibrationError.of(new long[] {0, 10, 0}, new double[] {0, 4, 0},
                new double[] {0, 5, 0}, 2.5);
        // hand computation: one bin, mean predicted 0.4, observed 0.5
        assertSame(s.ece(), 0.1, "ece");
        assertSame(s.mce(), 0.1, "mce");
        assertSame(s.brier(), 0.25, "brier");
    }

    @Test
    void rejectsInputsItCannotUse() {
        assertThatThrownBy(() -> ExpectedCalibrationError.binOf(1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("score");
        assertThatThrownBy(() -> ExpectedCalibrationError.of(new long[] {0, 0}, new double[2], new double[2], 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("counts");
        assertThatThrownBy(() -> ExpectedCalibrationError.of(new long[] {2}, new double[] {3}, new double[] {1}, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sumPredicted[0]");
        assertThatThrownBy(() -> ExpectedCalibrationError.of(new long[] {2}, new double[] {1}, new double[] {1}, 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sumSquaredError");
    }
}
