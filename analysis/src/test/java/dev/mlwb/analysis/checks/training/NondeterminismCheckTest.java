package dev.mlwb.analysis.checks.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.analysis.check.CheckReport;
import dev.mlwb.analysis.check.CheckResult;
import dev.mlwb.analysis.check.CheckRun;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.checks.OpsBundle;
import dev.mlwb.analysis.evidence.EnvironmentComparison;
import dev.mlwb.analysis.evidence.EnvironmentField;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NondeterminismCheckTest {
    private static final String MANIFEST = "sources:\n  - {role: environments, path: runs/environments.jsonl}\n";

    private static String run(String id, String code, String gpu, String numpy, int seed, String sha, double auc) {
        return "{\"run\": \"" + id + "\", \"started_at\": \"2026-01-1" + id.charAt(id.length() - 1) + "T02:00:00Z\", "
                + "\"code_version\": \"" + code + "\", \"data_version\": \"snap-14\", \"packages\": {\"numpy\": \""
                + numpy + "\", \"scikit-learn\": \"1.2.1\"}, \"hardware\": {\"gpu\": \"" + gpu + "\"}, \"seed\": " + seed
                + ", \"artifact_sha256\": \"" + sha + "\", \"metrics\": {\"auc\": " + auc + "}}";
    }

    @Test
    void sameCodeAndDataOnDifferentGpusAndNumpyIsAWarning(@TempDir Path dir) throws Exception {
        try (OpsBundle b = OpsBundle.in(dir).manifest(MANIFEST).lines("runs/environments.jsonl", List.of(
                run("train-1", "git:ab12", "V100", "1.23.5", 7, "3f2a9c0d1e2b3c4d5e6f", 0.912),
                run("train-2", "git:ab12", "A100", "1.24.1", 7, "9c1b7a6f5e4d3c2b1a09", 0.897),
                run("train-3", "git:cd34", "A100", "1.24.1", 7, "77aa", 0.9)))) {
            CheckResult r = b.run(new NondeterminismCheck());
            assertThat(r.findings()).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.title()).isEqualTo("Runs train-1 and train-2 share code git:ab12 and data snap-14 but "
                        + "differ in hardware.gpu and packages.numpy");
                assertThat(f.subjects()).containsExactly(Subject.run("train-1"), Subject.run("train-2"));
                assertThat(f.summary()).contains("hardware.gpu: V100 (train-1) vs A100 (train-2)")
                        .contains("packages.numpy: 1.23.5 (train-1) vs 1.24.1 (train-2)")
                        .contains("artifact_sha256: 3f2a9c0d1e2b… (train-1) vs 9c1b7a6f5e4d… (train-2)")
                        .contains("metrics.auc: 0.912 (train-1) vs 0.897 (train-2)");
                assertThat(f.measures()).containsEntry("differing_fields", 3.0);
                assertThat(f.windows()).hasSize(1);
            });
            EnvironmentComparison cmp = (EnvironmentComparison) r.evidence().get(0);
            assertThat(cmp.runs()).containsExactly("train-1", "train-2");
            assertThat(cmp.differing()).extracting(EnvironmentField::field).containsExactly("started_at",
                    "artifact_sha256", "hardware.gpu", "packages.numpy", "metrics.auc");
            assertThat(cmp.fields()).filteredOn(x -> x.field().equals("packages.scikit-learn"))
                    .singleElement().satisfies(x -> assertThat(x.differs()).isFalse());
            assertThat(r.measures().get("run:train-3")).containsEntry("peer_runs", 0.0);
            assertThat(r.measures().get("run:train-1")).containsEntry("peer_runs", 1.0).containsEntry("differing_fields", 3.0);
        }
    }

    @Test
    void identicalEnvironmentWithDifferentArtifactsIsAWarningAndSeedOnlyIsInfo(@TempDir Path dir) throws Exception {
        try (OpsBundle b = OpsBundle.in(dir).manifest(MANIFEST).lines("runs/environments.jsonl", List.of(
                run("a1", "git:1", "A100", "1.24.1", 7, "aaa", 0.9), run("a2", "git:1", "A100", "1.24.1", 7, "bbb", 0.9),
                run("b1", "git:2", "A100", "1.24.1", 1, "ccc", 0.9), run("b2", "git:2", "A100", "1.24.1", 2, "ddd", 0.9),
                run("c1", "git:3", "A100", "1.24.1", 1, "eee", 0.9), run("c2", "git:3", "A100", "1.24.1", 1, "eee", 0.9)))) {
            CheckResult r = b.run(new NondeterminismCheck());
            assertThat(r.findings()).extracting(Finding::severity).containsExactly(Severity.WARNING, Severity.INFO);
            assertThat(r.findings().get(0).title()).endsWith("have identical packages, hardware and seed but different artifacts");
            assertThat(r.findings().get(1).title()).endsWith("differ only in their random seed");
            assertThat(r.evidence()).hasSize(3);
        }
    }

    @Test
    void versionRangesAreFlagged(@TempDir Path dir) throws Exception {
        try (OpsBundle b = OpsBundle.in(dir).manifest(MANIFEST).lines("runs/environments.jsonl", List.of(
                "{\"run\": \"r1\", \"packages\": [\"numpy>=1.23\", \"pandas==2.0.3\", \"torch\"]}",
                "{\"run\": \"r2\", \"packages\": {\"numpy\": \"1.24.1\", \"pandas\": \"2.*\"}}",
                "{\"run\": \"r3\", \"packages\": {\"numpy\": \"1.24.1\"}}"))) {
            CheckResult r = b.run(new NondeterminismCheck());
            Finding f = r.findings().get(0);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.title()).isEqualTo("2 environments install packages from version ranges, not pinned versions");
            assertThat(f.summary()).contains("r1: numpy>=1.23, torch (any version); r2: pandas 2.*");
            assertThat(f.subjects()).containsExactly(Subject.run("r1"), Subject.run("r2"));
            assertThat(r.measures().get("run:r3")).containsEntry("unpinned_packages", 0.0);
            assertThat(r.measures().get("run:r1")).containsEntry("unpinned_packages", 2.0);
            EnvironmentComparison cmp = (EnvironmentComparison) f.evidence().get(0);
            assertThat(cmp.fields()).filteredOn(EnvironmentField::unpinned).extracting(EnvironmentField::field)
                    .containsExactly("packages.numpy", "packages.pandas", "packages.torch");
        }
    }

    @Test
    void reproducibleRunsRaiseNothing(@TempDir Path dir) throws Exception {
        try (OpsBundle b = OpsBundle.in(dir).manifest(MANIFEST).lines("runs/environments.jsonl", List.of(
                run("train-1", "git:ab12", "A100", "1.24.1", 7, "same", 0.9),
                run("train-2", "git:ab12", "A100", "1.24.1", 7, "same", 0.9)))) {
            assertThat(b.run(new NondeterminismCheck()).findings()).isEmpty();
        }
    }

    @Test
    void malformedEnvironmentsFailWithFileLineAndKey(@TempDir Path dir) throws Exception {
        try (OpsBundle b = OpsBundle.in(dir).manifest(MANIFEST).lines("runs/environments.jsonl", List.of(
                run("train-1", "git:ab12", "A100", "1.24.1", 7, "same", 0.9),
                "{\"run\": \"train-2\", \"hardware\": {\"gpu\": {\"model\": \"A100\"}}}"))) {
            CheckReport report = b.suite(new NondeterminismCheck());
            CheckRun run = report.check(NondeterminismCheck.ID).orElseThrow();
            assertThat(run.status()).isEqualTo(CheckRun.Status.FAILED);
            assertThat(run.reason()).contains("runs/environments.jsonl: line 2, hardware.gpu: expected text, found an object");
            assertThat(report.loadIssues()).anySatisfy(i -> assertThat(i.message()).contains("line 2, hardware.gpu"));
        }
    }

    @Test
    void packagePins() {
        assertThat(PackagePins.pinned("1.24.1")).isTrue();
        assertThat(PackagePins.pinned("==2.0.3")).isTrue();
        assertThat(PackagePins.pinned("2.1.0+cu118")).isTrue();
        assertThat(PackagePins.pinned(">=1.23")).isFalse();
        assertThat(PackagePins.pinned("~=1.23")).isFalse();
        assertThat(PackagePins.pinned("^1.2")).isFalse();
        assertThat(PackagePins.pinned("1.*")).isFalse();
        assertThat(PackagePins.pinned("1.x")).isFalse();
        assertThat(PackagePins.pinned("latest")).isFalse();
        assertThat(PackagePins.pinned(">=1.0,<2")).isFalse();
    }
}
