package dev.mlwb.analysis.checks.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mlwb.analysis.check.CheckResult;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.checks.data.TestBundle;
import dev.mlwb.analysis.evidence.ModelQualityComparison;
import dev.mlwb.analysis.evidence.ReliabilityDiagram;
import dev.mlwb.analysis.evidence.SegmentMetrics;
import dev.mlwb.analysis.evidence.SliceVerdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelChecksTest {
    @TempDir
    java.nio.file.Path dir;

    private static final String ARMS = """
            arms: {baseline: v1, canary: v2}
            critical_slices: ["user cohort=new"]
            sources:
              - {role: predictions, path: preds.csv, entity: request, arm: model, score: p(fraud), label: is fraud,
                 slices: [user cohort]}
            """;

    /** Predictions of two arms; the canary shifts labels down (overconfident) and misses new users' positives. */
    private static List<String> arms(long seed, boolean canaryOverconfident, boolean canaryMissesNew) {
        Random r = new Random(seed);
        List<String> out = new ArrayList<>(List.of("request,model,user cohort,p(fraud),is fraud"));
        for (int i = 0; i < 8000; i++) {
            boolean canary = i % 2 == 1;
            boolean isNew = r.nextDouble() < 0.4;
            double s = r.nextDouble();
            double truth = canary && canaryOverconfident ? Math.max(0, s - 0.2) : s;
            int y = r.nextDouble() < truth ? 1 : 0;
            if (canary && canaryMissesNew && isNew && y == 1 && r.nextDouble() < 0.4) {
                s = s * 0.45;
            }
            out.add(i + "," + (canary ? "v2" : "v1") + "," + (isNew ? "new" : "returning") + "," + s + "," + y);
        }
        return out;
    }

    @Test
    void anOverconfidentCanaryIsCriticalAndTheCalibratedBaselineIsNot() throws Exception {
        CheckResult r = TestBundle.in(dir).manifest(ARMS).file("preds.csv", arms(1, true, false))
                .run(new CalibrationCheck());
        Finding f = TestBundle.findingAbout(r, "model:v2");
        assertThat(r.findings()).hasSize(1);
        assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(f.title()).startsWith("Canary v2 is overconfident: predicts ");
        assertThat(f.summary()).contains("For comparison, baseline v1 is calibrated");
        assertThat(f.measures().get("ece")).isCloseTo(0.18, within(0.03));
        assertThat(r.measures().get("model:v1").get("ece")).isLessThan(0.05);
        assertThat(r.measures().get("model:v1")).containsKeys("mce", "brier", "rows");
        ReliabilityDiagram d = (ReliabilityDiagram) f.evidence().get(0);
        assertThat(d.bins()).hasSize(10);
        assertThat(d.bins().stream().mapToLong(b -> b.rows()).sum()).isEqualTo(4000);
        assertThat(d.bins().get(7).gap()).isCloseTo(0.2, within(0.05));
    }

    @Test
    void aNewUserRecallDropIsACriticalSegmentRegressionWhileTheAggregateHolds() throws Exception {
        CheckResult r = TestBundle.in(dir).manifest(ARMS).file("preds.csv", arms(2, false, true))
                .run(new SegmentRegressionCheck());
        Finding f = TestBundle.findingAbout(r, "slice:user cohort=new");
        assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(f.title()).startsWith("Canary v2 lowers recall for user cohort new (");
        assertThat(f.summary()).contains("(a critical slice, held to a drop of at most 0.02)");
        assertThat(f.measures().get("canary_recall")).isLessThan(f.measures().get("baseline_recall") - 0.1);
        SegmentMetrics e = (SegmentMetrics) f.evidence().get(0);
        assertThat(e.rows()).filteredOn(s -> s.label().equals("returning"))
                .allMatch(s -> s.verdict() == SliceVerdict.OK);
        assertThat(r.measures().get("slice:user cohort=returning")).containsKeys("baseline_precision",
                "canary_precision", "baseline_recall", "canary_recall", "baseline_auc", "canary_auc", "rows");
    }

    @Test
    void identicalArmsRaiseNoSegmentRegression() throws Exception {
        CheckResult r = TestBundle.in(dir).manifest(ARMS).file("preds.csv", arms(3, false, false))
                .run(new SegmentRegressionCheck());
        assertThat(r.findings()).isEmpty();
    }

    /** Predictions without labels: scores separate the entity's label well offline, less in production. */
    private static void datasets(TestBundle b, double offlineSeparation) {
        Random r = new Random(4);
        List<String> offline = new ArrayList<>(List.of("id,score"));
        List<String> prod = new ArrayList<>(List.of("id,score"));
        List<String> labels = new ArrayList<>(List.of("id,label"));
        for (int i = 0; i < 6000; i++) {
            int y = r.nextDouble() < 0.3 ? 1 : 0;
            labels.add("e" + i + "," + y);
            double sep = i < 3000 ? offlineSeparation : 0.8;
            double s = 1 / (1 + Math.exp(-(r.nextGaussian() + sep * (2 * y - 1))));
            (i < 3000 ? offline : prod).add("e" + i + "," + s);
        }
        b.file("offline.csv", offline).file("prod.csv", prod).file("labels.csv", labels);
    }

    private static final String GAP = """
            sources:
              - {role: predictions, dataset: backtest, path: offline.csv, entity: id}
              - {role: predictions, dataset: production, path: prod.csv, entity: id}
              - {role: labels, path: labels.csv, entity: id}
            """;

    @Test
    void anOfflineAucFarAboveProductionIsCritical() throws Exception {
        TestBundle b = TestBundle.in(dir).manifest(GAP);
        datasets(b, 1.4);
        CheckResult r = b.run(new OfflineOnlineGapCheck());
        Finding f = TestBundle.findingAbout(r, "source:backtest");
        assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(f.title()).startsWith("Offline AUC 0.9").contains("(backtest) against 0.8", "in production: a gap of");
        assertThat(f.measures().get("gap")).isGreaterThan(0.08);
        ModelQualityComparison e = (ModelQualityComparison) f.evidence().get(0);
        assertThat(e.datasets()).extracting(d -> d.dataset()).containsExactly("production", "backtest");
        assertThat(e.datasets().get(0).labelled()).isEqualTo(3000);
    }

    @Test
    void equalAucsRaiseNothing() throws Exception {
        TestBundle b = TestBundle.in(dir).manifest(GAP);
        datasets(b, 0.8);
        CheckResult r = b.run(new OfflineOnlineGapCheck());
        assertThat(r.findings()).isEmpty();
        assertThat(r.measures().get("source:backtest").get("gap")).isCloseTo(0, within(0.04));
    }
}
