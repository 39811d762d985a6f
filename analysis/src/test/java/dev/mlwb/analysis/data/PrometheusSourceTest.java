package dev.mlwb.analysis.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.analysis.TestBundle;
import dev.mlwb.analysis.check.CheckResult;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.checks.canary.GuardrailFastCheck;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Metrics from Prometheus: a live server's query_range answers and saved ones, into DuckDB and on to findings. */
class PrometheusSourceTest {
    private static final long START = Instant.parse("2026-01-15T10:00:00Z").getEpochSecond();

    @TempDir
    java.nio.file.Path tmp;

    /** Two versions on two platforms and two pods each; the canary's p99 breaches 500 ms from 10:10 to 10:15. */
    static String answer(Map<String, String> form) {
        String q = form.get("query");
        List<FakePrometheus.Series> series = new ArrayList<>();
        for (String version : List.of("v1", "v2")) {
            for (String os : List.of("ios", "android")) {
                for (String pod : List.of("a", "b")) {
                    List<double[]> points = new ArrayList<>();
                    for (int m = 0; m <= 30; m++) {
                        double v = q.contains("errors") ? 1 : q.contains("0.99")
                                ? version.equals("v2") && m >= 10 && m < 16 ? 900 : pod.equals("a") ? 120 : 110
                                : version.equals("v1") ? 500 : 100;
                        points.add(new double[] {START + 60.0 * m, m == 30 && q.contains("errors") ? Double.NaN : v});
                    }
                    series.add(new FakePrometheus.Series(Map.of("version", version, "os", os, "pod", pod), points));
                }
            }
        }
        return FakePrometheus.matrix(series);
    }

    private static String manifest(String source) {
        return "arms: {baseline: v1, canary: v2}\nsources:\n  - role: metrics\n    name: ranker\n" + source
                + "    arm: version\n    slices: [os]\n";
    }

    private static final String QUERIES = "    metrics:\n"
            + "      requests: 'sum by (version, os, pod) (increase(http_requests_total{job=\"ranker\"}[1m]))'\n"
            + "      errors: 'sum by (version, os, pod) (increase(http_requests_errors_total{job=\"ranker\"}[1m]))'\n"
            + "      latency_p99_ms: '1000 * histogram_quantile(0.99, sum by (le, version, os, pod) (rate(latency_bucket[1m])))'\n";

    @Test
    void aLiveServersSeriesArriveAndItsBreachIsAFinding() throws Exception {
        try (FakePrometheus prom = new FakePrometheus(PrometheusSourceTest::answer)) {
            TestBundle b = TestBundle.in(tmp).manifest(manifest("    prometheus: {url: \"" + prom.url()
                    + "\", start: 2026-01-15T10:00:00Z, end: 2026-01-15T10:30:00Z, step: 1m}\n" + QUERIES));
            try (IncidentData data = b.load()) {
                assertThat(data.issues()).isEmpty();
                Table t = data.metrics().get(0);
                assertThat(t.metricKinds()).containsExactlyInAnyOrder("requests", "errors", "latency_p99_ms");
                assertThat(t.rows()).isEqualTo(31 * 4);
                Row sums = data.db().first("SELECT sum(__m_requests) AS req, max(__m_latency_p99_ms) AS p99, "
                        + "count(*) FILTER (WHERE __m_errors IS NULL) AS nan, count(DISTINCT __arm) AS arms, "
                        + "min(__ts) AS first FROM " + t.view()).orElseThrow();
                assertThat(sums.dbl("req")).isEqualTo(31 * 2 * 2 * (500 + 100));
                assertThat(sums.dbl("p99")).isEqualTo(900);
                assertThat(sums.lng("nan")).as("NaN points arrive as missing values").isEqualTo(4);
                assertThat(sums.lng("arms")).isEqualTo(2);
            }
            assertThat(prom.requests()).hasSize(3).allSatisfy(r -> {
                assertThat(r).containsEntry("start", Long.toString(START)).containsEntry("end", Long.toString(START + 1800))
                        .containsEntry("step", "60");
            });
            assertThat(prom.requests()).anySatisfy(r -> assertThat(r.get("query"))
                    .contains("http_requests_total{job=\"ranker\"}[1m]"));
            CheckResult r = b.run(new GuardrailFastCheck());
            assertThat(r.findings()).anySatisfy(f -> {
                assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
                assertThat(f.title()).startsWith("P99 latency at or above 500 ms in the canary (v2) for 6 min");
            });
        }
    }

    @Test
    void savedQueryRangeResponsesReadTheSame() throws Exception {
        Function<String, String> saved = q -> answer(Map.of("query", q));
        TestBundle b = TestBundle.in(tmp)
                .file("prom/requests.json", saved.apply("increase(http_requests_total[1m])"))
                .file("prom/errors.json", saved.apply("increase(http_requests_errors_total[1m])"))
                .file("prom/p99.json", saved.apply("histogram_quantile(0.99, ...)"))
                .manifest(manifest("    format: prometheus\n    metrics: {requests: prom/requests.json, "
                        + "errors: prom/errors.json, latency_p99_ms: prom/p99.json}\n"));
        try (IncidentData data = b.load()) {
            assertThat(data.issues()).isEmpty();
            assertThat(data.metrics().get(0).files()).containsExactlyInAnyOrder("prom/requests.json", "prom/errors.json",
                    "prom/p99.json");
        }
        assertThat(b.run(new GuardrailFastCheck()).findings()).anySatisfy(f -> assertThat(f.title())
                .startsWith("P99 latency at or above 500 ms in the canary (v2)"));
    }

    @Test
    void anErrorAnswerNamesTheServerTheKindAndWhatPrometheusSaid() throws Exception {
        try (FakePrometheus prom = new FakePrometheus(f -> f.get("query").contains("errors")
                ? FakePrometheus.error("bad_data", "1:14: parse error: unexpected right parenthesis") : answer(f))) {
            TestBundle b = TestBundle.in(tmp).file("events.jsonl", "{\"timestamp\": \"2026-01-15T10:00:00Z\", \"type\": "
                    + "\"deploy\"}\n").manifest(manifest("    prometheus: {url: \"" + prom.url() + "\", last: 30m}\n"
                    + QUERIES) + "  - {role: events, path: events.jsonl}\n");
            try (IncidentData data = b.load()) {
                assertThat(data.metrics()).isEmpty();
                assertThat(data.events()).isPresent();
                assertThat(data.issues()).singleElement().satisfies(i -> {
                    assertThat(i.source()).isEqualTo("ranker");
                    assertThat(i.message()).contains(prom.url()).contains("errors:")
                            .contains("HTTP 400").contains("unexpected right parenthesis");
                });
            }
        }
    }

    @Test
    void aSavedFileThatIsNotAMatrixIsRefused() throws Exception {
        TestBundle b = TestBundle.in(tmp).file("prom/up.json", "{\"status\":\"success\",\"data\":{\"resultType\":"
                + "\"scalar\",\"result\":[1768471200,\"1\"]}}").manifest(manifest("    format: prometheus\n"
                + "    metrics: {requests: prom/up.json}\n"));
        try (IncidentData data = b.load()) {
            assertThat(data.issues()).singleElement().satisfies(i -> assertThat(i.message())
                    .isEqualTo("prom/up.json: holds a scalar result; a metrics source needs a range query's matrix "
                            + "(or an instant query's vector)"));
        }
    }
}
