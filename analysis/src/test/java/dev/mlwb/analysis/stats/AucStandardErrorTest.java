package dev.mlwb.analysis.stats;

import static dev.mlwb.analysis.stats.ReferenceData.assertClose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class AucStandardErrorTest {

    @TestFactory
    Stream<DynamicTest> matchesTheFormulaOnSklearnAucsAndIsConservativeAgainstTheBootstrap() {
        return ReferenceData.cases("auc_se.json").stream().map(c -> DynamicTest.dynamicTest(
                c.get("name").asText(), () -> {
                    double se = AucStandardError.of(c.get("auc").asDouble(), c.get("positives").asLong(),
                            c.get("negatives").asLong());
                    // numpy evaluation of Hanley & McNeil's eq. 2 on sklearn 1.2.1 roc_auc_score: same method
                    assertClose(se, c.get("hanley_mcneil_se").asDouble(), 1e-12, 0, "Hanley-McNeil SE");
                    // bootstrap SE of roc_auc_score (2000 resamples): a different estimate; Hanley-McNeil is
                    // close to it and errs on the large (conservative) side for these normal scores
                    double boot = c.get("bootstrap_se").asDouble();
                    assertThat(se / boot).as("SE / bootstrap SE").isBetween(0.9, 1.35);
                }));
    }

    @Test
    void aDropIsSignificantOnlyWhenLargeAgainstBothErrors() {
        // 0.80 → 0.75 with 400 positives and 1600 negatives per arm: z = -0.05 / sqrt(2) / SE(≈0.0125) ≈ -2.8
        assertThat(AucStandardError.dropPValue(0.80, 400, 1600, 0.75, 400, 1600)).isLessThan(0.01);
        // the same drop on 40 positives is noise
        assertThat(AucStandardError.dropPValue(0.80, 40, 160, 0.75, 40, 160)).isGreaterThan(0.1);
        // a rise is no drop
        assertThat(AucStandardError.dropPValue(0.75, 400, 1600, 0.80, 400, 1600)).isGreaterThan(0.99);
    }

    @Test
    void rejectsInputsItCannotUse() {
        assertThatThrownBy(() -> AucStandardError.of(1.2, 10, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("auc");
        assertThatThrownBy(() -> AucStandardError.of(0.7, 0, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positives");
    }

    @org.junit.jupiter.api.Test
    void aDropBeyondAMarginMatchesTheFormulaWithScipyNorm() {
        // the Hanley-McNeil SE (formula in the class comment) evaluated in Python, then
        // scipy 1.10.1 scipy.stats.norm.cdf((at - ab + margin) / math.sqrt(se_b**2 + se_t**2))
        org.assertj.core.api.Assertions.assertThat(AucStandardError.dropBeyondPValue(0.747, 900, 2842, 0.71, 880, 2862, 0.02))
                .isCloseTo(0.124022121960088, org.assertj.core.data.Offset.offset(1e-12));
        org.assertj.core.api.Assertions.assertThat(AucStandardError.dropBeyondPValue(0.85, 300, 700, 0.78, 310, 690, 0.02))
                .isCloseTo(0.0131894803686607, org.assertj.core.data.Offset.offset(1e-12));
        org.assertj.core.api.Assertions.assertThat(AucStandardError.dropBeyondPValue(0.8, 1000, 4000, 0.79, 1000, 4000, 0))
                .isCloseTo(0.213309887552797, org.assertj.core.data.Offset.offset(1e-12))
                .isCloseTo(AucStandardError.dropPValue(0.8, 1000, 4000, 0.79, 1000, 4000),
                        org.assertj.core.data.Offset.offset(1e-15));
    }
}
