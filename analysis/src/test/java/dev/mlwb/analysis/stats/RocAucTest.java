package dev.mlwb.analysis.stats;

import static dev.mlwb.analysis.stats.ReferenceData.assertSame;
import static dev.mlwb.analysis.stats.ReferenceData.doubles;
import static dev.mlwb.analysis.stats.ReferenceData.longs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class RocAucTest {

    @TestFactory
    Stream<DynamicTest> aucMatchesSklearnFromPerScoreCountsAndFromSums() {
        return ReferenceData.cases("auc.json").stream().map(c -> DynamicTest.dynamicTest(
                c.get("name").asText(), () -> {
                    double expected = c.get("auc").asDouble();
                    double fromCounts = RocAuc.fromScoreCounts(doubles(c.get("scores")),
                            longs(c.get("positives")), longs(c.get("negatives")));
                    double fromSums = RocAuc.fromSums(c.get("P").asLong(), c.get("N").asLong(),
                            c.get("concordance").asDouble());
                    // scikit-learn 1.2.1 metrics.roc_auc_score(y, score) on the rows
                    assertSame(fromCounts, expected, "AUC from per-score counts");
                    assertSame(fromSums, expected, "AUC from the three sums");
                }));
    }

    @Test
    void scoresMayComeInAnyOrderAndRepeat() {
        // positives at 0.9 and 0.5, negatives at 0.5 and 0.1: pairs (0.9>0.5), (0.9>0.1), (0.5=0.5 -> 1/2),
        // (0.5>0.1) -> 3.5 / 4; sklearn roc_auc_score([1,1,0,0], [0.9,0.5,0.5,0.1]) = 0.875
        double auc = RocAuc.fromScoreCounts(new double[] {0.5, 0.1, 0.9, 0.5}, new long[] {1, 0, 1, 0},
                new long[] {0, 1, 0, 1});
        assertThat(auc).isEqualTo(0.875);
    }

    @Test
    void aucIsUndefinedWithoutBothClasses() {
        // sklearn raises "Only one class present in y_true"; here NaN
        assertThat(RocAuc.fromScoreCounts(new double[] {0.2, 0.7}, new long[] {3, 4}, new long[] {0, 0})).isNaN();
        assertThat(RocAuc.fromSums(0, 10, 0)).isNaN();
    }

    @Test
    void rejectsInputsItCannotUse() {
        assertThatThrownBy(() -> RocAuc.fromSums(2, 3, 7.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("concordance");
        assertThatThrownBy(() -> RocAuc.fromScoreCounts(new double[] {Double.NaN}, new long[] {1}, new long[] {1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite");
        assertThatThrownBy(() -> RocAuc.fromScoreCounts(new double[] {0.1}, new long[] {1}, new long[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same length");
    }
}
