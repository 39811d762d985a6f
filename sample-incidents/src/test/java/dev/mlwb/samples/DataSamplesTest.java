package dev.mlwb.samples;

import static dev.mlwb.samples.SampleBundles.at;
import static dev.mlwb.samples.SampleBundles.check;
import static dev.mlwb.samples.SampleBundles.finding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mlwb.analysis.check.CheckReport;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.check.Subject;
import org.junit.jupiter.api.Test;

/** The findings each data and model sample's README promises, at the promised severity. */
class DataSamplesTest {

    @Test
    void backfillLeakageShowsTheLookaheadAndTheOfflineOnlineGap() throws Exception {
        CheckReport r = check("backfill-leakage");
        Finding leak = finding(r, "features.leakage", "3 features of training were computed after the time they predict");
        assertThat(leak.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(leak.subjects()).extracting(Subject::toString)
                .containsExactlyInAnyOrder("feature:sessions 7d", "feature:clicks 7d", "feature:cart adds 7d");
        assertThat(leak.measures().get("violation_share")).isCloseTo(0.53, within(0.03));
        assertThat(leak.summary()).contains("all their feature values were computed at Jan 20 23:00");
        Finding gap = finding(r, "model.offline-online-gap", "Offline AUC");
        assertThat(gap.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(gap.measures().get("offline_auc")).isCloseTo(0.92, within(0.015));
        assertThat(gap.measures().get("production_auc")).isCloseTo(0.80, within(0.015));
        assertThat(at(r, Severity.CRITICAL)).hasSize(2);
        assertThat(r.check("features.leakage").orElseThrow().measures()).containsKey("feature:sessions 7d");
    }

    @Test
    void silentImputationShowsTheNewCategoriesTheConcentratedImputationAndTheWindowSkew() throws Exception {
        CheckReport r = check("silent-imputation");
        Finding unseen = finding(r, "data.unseen-category", "txn category has 3 categories the encoder does not know");
        assertThat(unseen.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(unseen.measures().get("unseen_share")).isCloseTo(0.12, within(0.01));
        Finding imputed = finding(r, "data.imputation", "merchant risk imputed on ");
        assertThat(imputed.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(imputed.measures().get("overall_rate")).isCloseTo(0.12, within(0.01));
        assertThat(imputed.title()).contains("concentrated in txn category bnpl installment, p2p transfer and crypto exchange");
        Finding drift = finding(r, "data.drift", "txn category drifted from training to serving");
        assertThat(drift.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(drift.summary()).contains("the first on Jan 10");
        for (String feature : new String[] {"amount 7d (sum)", "txn count 7d"}) {
            Finding skew = finding(r, "features.skew", feature + " differs between training-pipeline and serving");
            assertThat(skew.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(skew.measures().get("mean_signed_diff")).isNegative();
            assertThat(skew.title()).contains("(serving lower by");
        }
        assertThat(r.findings("data.quality")).isEmpty();
    }

    @Test
    void segmentRegressionShowsNewUsersRecallAndTheOverconfidentCanary() throws Exception {
        CheckReport r = check("segment-regression");
        Finding segment = finding(r, "model.segment-regression", "Canary v13 lowers recall for user cohort new");
        assertThat(segment.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(segment.measures().get("baseline_recall")).isCloseTo(0.60, within(0.02));
        assertThat(segment.measures().get("canary_recall")).isCloseTo(0.45, within(0.02));
        assertThat(segment.title()).contains("while overall precision rises (0.82 → 0.849)");
        Finding calibration = finding(r, "model.calibration", "Canary v13 is overconfident: predicts 7");
        assertThat(calibration.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(calibration.subjects()).containsExactly(Subject.model("v13"));
        assertThat(r.findings("model.calibration")).hasSize(1);
        Finding score = finding(r, "data.drift", "Model score drifted from baseline to canary");
        assertThat(score.severity()).isEqualTo(Severity.WARNING);
        assertThat(score.summary()).contains("Its inputs did not drift");
        assertThat(at(r, Severity.CRITICAL)).hasSize(2);
    }

    @Test
    void theHealthyBundleRaisesNoCriticalFinding() throws Exception {
        CheckReport r = check("healthy");
        assertThat(at(r, Severity.CRITICAL)).isEmpty();
        assertThat(r.findings()).isEmpty();
        for (String id : new String[] {"model.segment-regression", "model.calibration", "model.offline-online-gap",
            "data.drift", "data.unseen-category", "data.imputation", "data.quality", "features.leakage",
            "features.skew"}) {
            assertThat(r.check(id).orElseThrow().measures()).as(id + " measures").isNotEmpty();
        }
    }
}
