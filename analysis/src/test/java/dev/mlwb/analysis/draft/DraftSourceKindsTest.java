package dev.mlwb.analysis.draft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.analysis.TestBundle;
import dev.mlwb.analysis.bundle.BundleOpener;
import dev.mlwb.analysis.bundle.Role;
import dev.mlwb.analysis.bundle.SourceFormat;
import dev.mlwb.analysis.data.FakePrometheus;
import dev.mlwb.analysis.data.MlflowSourceTest;
import dev.mlwb.analysis.run.Cancellation;
import dev.mlwb.analysis.run.Progress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The draft recognises saved Prometheus responses, OTLP logs and MLflow folders by their structure. */
class DraftSourceKindsTest {
    @TempDir
    Path tmp;

    private static String series(String kind) {
        List<FakePrometheus.Series> out = new ArrayList<>();
        for (String version : List.of("v7", "v8")) {
            for (String os : List.of("ios", "android")) {
                for (String instance : List.of("10.0.0.1:9100", "10.0.0.2:9100")) {
                    List<double[]> points = new ArrayList<>();
                    for (int m = 0; m < 30; m++) {
                        points.add(new double[] {1_768_471_200.0 + 60 * m, kind.equals("errors") ? m % 3 : 400});
                    }
                    out.add(new FakePrometheus.Series(Map.of("version", version, "os", os, "instance", instance), points));
                }
            }
        }
        return FakePrometheus.matrix(out);
    }

    @Test
    void promResponsesOtelLogsAndMlrunsBecomeSources() throws Exception {
        TestBundle.in(tmp).file("prometheus/http_requests.json", series("requests"))
                .file("prometheus/http_errors.json", series("errors"))
                .file("otel/export.jsonl", "{\"resourceLogs\":[{\"resource\":{\"attributes\":[]},\"scopeLogs\":[{"
                        + "\"logRecords\":[{\"timeUnixNano\":\"1768471200000000000\",\"body\":{\"stringValue\":\"x\"}}]}]}]}\n");
        MlflowSourceTest.experiment(tmp.resolve("tracking/mlruns"), "1", "fraud", MlflowSourceTest.reproductions());
        ManifestDraft d = Drafts.draft(tmp, Progress.NONE, Cancellation.none());
        DraftSource prom = d.file("prometheus/http_errors.json").orElseThrow().sources().isEmpty()
                ? d.file("prometheus/http_requests.json").orElseThrow().sources().get(0)
                : d.file("prometheus/http_errors.json").orElseThrow().sources().get(0);
        assertThat(prom.format()).isEqualTo(SourceFormat.PROMETHEUS);
        assertThat(prom.metrics()).containsEntry("requests", "prometheus/http_requests.json")
                .containsEntry("errors", "prometheus/http_errors.json");
        assertThat(prom.columns()).containsEntry("arm", "version");
        assertThat(prom.slices()).containsExactly("os");
        assertThat(d.unplaced()).isEmpty();
        DraftSource otel = d.file("otel/export.jsonl").orElseThrow().sources().get(0);
        assertThat(otel.role()).isEqualTo(Role.EVENTS);
        assertThat(otel.format()).isEqualTo(SourceFormat.OTLP);
        DraftSource mlflow = d.file("tracking/mlruns").orElseThrow().sources().get(0);
        assertThat(mlflow.role()).isEqualTo(Role.ENVIRONMENTS);
        assertThat(mlflow.format()).isEqualTo(SourceFormat.MLFLOW);
        String yaml = DraftYaml.render(d);
        assertThat(yaml).contains("format: prometheus").contains("format: otlp").contains("format: mlflow");
        Drafts.write(tmp, yaml, false);
        DraftCoverage c = DraftCoverage.of(BundleOpener.open(tmp), Cancellation.none());
        assertThat(c.issues()).isEmpty();
        assertThat(c.enabled()).extracting(CheckCoverage::id).contains("canary.guardrail-fast",
                "training.nondeterminism", "training.staleness");
    }
}
