package dev.mlwb.analysis.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlwb.analysis.time.TimeRange;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The manifest keys of Prometheus, OTLP and MLflow sources. */
class LiveSourcesManifestTest {
    private static SourceSpec source(String yaml) throws BundleException {
        return ManifestParser.parse("incident.yaml", new ByteArrayInputStream(("format: mlwb-incident/1\ntitle: t\n"
                + "sources:\n" + yaml).getBytes(StandardCharsets.UTF_8))).sources().get(0);
    }

    @Test
    void aPrometheusServerNeedsNoPathAndReadsItsRange() throws Exception {
        SourceSpec s = source("""
                  - role: metrics
                    prometheus: {url: "http://prom.monitoring:9090/prometheus", last: 6h, step: 30s}
                    arm: version
                    metrics: {requests: 'sum(rate(x[1m]))'}
                """);
        assertThat(s.format()).isEqualTo(SourceFormat.PROMETHEUS);
        assertThat(s.name()).isEqualTo("prometheus prom.monitoring");
        assertThat(s.live()).isTrue();
        PrometheusServer p = s.prometheus().orElseThrow();
        assertThat(p.step()).isEqualTo(Duration.ofSeconds(30));
        Instant now = Instant.parse("2026-01-15T12:00:00Z");
        assertThat(p.range(Optional.empty(), now)).isEqualTo(new TimeRange(Instant.parse("2026-01-15T06:00:00Z"), now));
        assertThat(s.metrics()).containsEntry("requests", "sum(rate(x[1m]))");
    }

    @Test
    void savedResponsesAndOtlpAndMlflowFolders() throws Exception {
        SourceSpec saved = source("  - {role: metrics, name: p, format: prometheus, metrics: {requests: prom/r.json}}\n");
        assertThat(saved.path()).isEmpty();
        assertThat(saved.live()).isFalse();
        assertThat(source("  - {role: events, path: otel.jsonl, format: otlp}\n").format()).isEqualTo(SourceFormat.OTLP);
        SourceSpec mlflow = source("  - {role: environments, path: mlruns, mlflow: {experiments: [fraud]}}\n");
        assertThat(mlflow.format()).isEqualTo(SourceFormat.MLFLOW);
        assertThat(mlflow.mlflow().orElseThrow().experiments()).containsExactly("fraud");
        SourceSpec rest = source("  - {role: environments, mlflow: {url: \"https://mlflow.internal\"}}\n");
        assertThat(rest.live()).isTrue();
        assertThat(rest.name()).isEqualTo("mlflow mlflow.internal");
    }

    @Test
    void mistakesNameTheKey() {
        assertThatThrownBy(() -> source("  - {role: events, path: x.jsonl, prometheus: {url: \"http://p:9090\"}}\n"))
                .hasMessage("incident.yaml: sources[0].prometheus: only a metrics source can query Prometheus, not an "
                        + "events source");
        assertThatThrownBy(() -> source("  - {role: metrics, prometheus: {url: \"http://p:9090\", last: 1h, start: "
                + "2026-01-01T00:00:00Z}, metrics: {requests: x}}\n"))
                .hasMessageContaining("sources[0].prometheus.last: give either last");
        assertThatThrownBy(() -> source("  - {role: metrics, prometheus: {url: \"http://p:9090\", step: soon}, "
                + "metrics: {requests: x}}\n")).hasMessageContaining("\"soon\" is not a duration");
        assertThatThrownBy(() -> source("  - {role: metrics, prometheus: {url: \"p:9090\"}, metrics: {requests: x}}\n"))
                .hasMessageContaining("is not an http(s) URL");
        assertThatThrownBy(() -> source("  - {role: metrics, path: x.jsonl, format: otlp, metrics: {requests: x}}\n"))
                .hasMessageContaining("OTLP logs are an events source, not a metrics source");
        assertThatThrownBy(() -> source("  - {role: metrics, format: prometheus, metrics: {requests: ../up.json}}\n"))
                .hasMessageContaining("sources[0].metrics.requests: \"../up.json\" leaves the bundle");
        assertThatThrownBy(() -> source("  - {role: events, path: mlruns, format: mlflow}\n"))
                .hasMessageContaining("MLflow runs are an environments source");
    }
}
