package dev.mlwb.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.evidence.EnvironmentComparison;
import dev.mlwb.analysis.evidence.EnvironmentField;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The findings {@code nondeterminism/README.md} promises. */
class NondeterminismTest {
    private static OpsSampleRun run;

    @BeforeAll
    static void analyse() throws Exception {
        run = OpsSampleRun.of("nondeterminism");
    }

    @Test
    void sameCodeAndDataOnDifferentGpusAndNumpyVersionsIsAWarning() {
        List<Finding> findings = run.findings("training.nondeterminism");
        assertThat(findings).extracting(Finding::severity).containsOnly(Severity.WARNING);
        Finding f = findings.get(0);
        assertThat(f.title()).isEqualTo("Runs train-401, train-402 and train-403 share code git:7c1e9a2 and data "
                + "snap-2026-01-04 but differ in hardware.cuda_driver, hardware.gpu, packages.numpy and image");
        assertThat(f.subjects()).containsExactly(Subject.run("train-401"), Subject.run("train-402"), Subject.run("train-403"));
        assertThat(f.summary()).contains("hardware.gpu: V100 (train-401) vs A100 (train-402, train-403)")
                .contains("packages.numpy: 1.23.5 (train-401) vs 1.24.1 (train-402, train-403)");
        EnvironmentComparison cmp = (EnvironmentComparison) f.evidence().get(0);
        assertThat(cmp.differing()).extracting(EnvironmentField::field).contains("artifact_sha256", "hardware.gpu",
                "packages.numpy", "metrics.auc", "image").doesNotContain("seed", "packages.torch");
        assertThat(f.measures()).containsEntry("differing_fields", 5.0);
    }

    @Test
    void theServingImagesUnpinnedPackagesAreFlagged() {
        Finding f = run.findings("training.nondeterminism").get(1);
        assertThat(f.title()).isEqualTo("2 environments install packages from version ranges, not pinned versions");
        assertThat(f.subjects()).containsExactly(Subject.run("serving-fraud-7b1"), Subject.run("serving-fraud-7b2"));
        assertThat(f.summary()).contains("numpy>=1.23, scikit-learn~=1.2");
    }

    @Test
    void nothingIsCritical() {
        assertThat(run.criticalChecks()).isEmpty();
        assertThat(run.findings("training.staleness")).isEmpty();
    }
}
