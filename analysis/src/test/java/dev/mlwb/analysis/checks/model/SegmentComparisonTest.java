package dev.mlwb.analysis.checks.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.analysis.evidence.SegmentRow;
import dev.mlwb.analysis.evidence.SliceVerdict;
import dev.mlwb.analysis.stats.ConfusionCounts;
import org.junit.jupiter.api.Test;

/** Severity weighs the effect (beyond the limit) and the evidence (the p-value after the check's correction). */
class SegmentComparisonTest {
    private static final SegmentComparison.Rules RULES = new SegmentComparison.Rules(0.03, 0.02, 200, 0.05, 0.01);
    // recall 0.60 → 0.52 (−0.08), precision and AUC unchanged
    private static final LabelledScores.Quality BASE = new LabelledScores.Quality(1000, 200, 0.8,
            new ConfusionCounts(120, 30, 80, 770), 0.2);
    private static final LabelledScores.Quality CANARY = new LabelledScores.Quality(1000, 200, 0.8,
            new ConfusionCounts(104, 26, 96, 774), 0.2);

    private static SegmentRow row(double precisionP, double recallP, double aucP) {
        return SegmentComparison.row("cohort=new", "new", false, BASE, CANARY, SegmentComparison.drops(BASE, CANARY),
                new double[] {precisionP, recallP, aucP}, RULES);
    }

    @Test
    void aDropBeyondTheLimitIsCriticalOnlyWithStrongCorrectedEvidence() {
        assertThat(row(1, 0.004, 1).verdict()).isEqualTo(SliceVerdict.REGRESSION);
        assertThat(row(1, 0.004, 1).worstMetric()).isEqualTo("recall");
        // the healthy canary of issue 11: a corrected p-value of 0.045 is a warning, not a critical
        assertThat(row(1, 0.045, 1).verdict()).isEqualTo(SliceVerdict.PROBABLE_REGRESSION);
        assertThat(row(1, 0.2, 1).verdict()).isEqualTo(SliceVerdict.NOT_SIGNIFICANT);
    }

    @Test
    void aSignificantDropWithinTheLimitIsFine() {
        // precision 0.8 → 0.8 however significant; recall falls beyond the limit but has no p-value: not significant
        assertThat(row(1e-9, Double.NaN, Double.NaN).verdict()).isEqualTo(SliceVerdict.NOT_SIGNIFICANT);
        LabelledScores.Quality sameRecall = new LabelledScores.Quality(1000, 200, 0.8,
                new ConfusionCounts(118, 30, 82, 770), 0.2);
        SegmentRow r = SegmentComparison.row("cohort=new", "new", false, BASE, sameRecall,
                SegmentComparison.drops(BASE, sameRecall), new double[] {1e-9, 1e-9, 1e-9}, RULES);
        assertThat(r.verdict()).isEqualTo(SliceVerdict.OK);
    }

    @Test
    void tooFewRowsAreNotJudged() {
        LabelledScores.Quality thin = new LabelledScores.Quality(150, 30, 0.8, new ConfusionCounts(10, 5, 20, 115), 0.2);
        SegmentRow r = SegmentComparison.row("cohort=new", "new", false, BASE, thin, SegmentComparison.drops(BASE, thin),
                new double[] {Double.NaN, Double.NaN, Double.NaN}, RULES);
        assertThat(r.verdict()).isEqualTo(SliceVerdict.INSUFFICIENT_TRAFFIC);
    }
}
