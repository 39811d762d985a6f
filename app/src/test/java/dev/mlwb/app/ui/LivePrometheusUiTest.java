package dev.mlwb.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.mlwb.app.Workbench;
import dev.mlwb.app.findings.FindingItem;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A bundle whose metrics come from a Prometheus server opens in live mode and shows a breach the server starts serving. */
class LivePrometheusUiTest extends WorkbenchWindowTest {
    @TempDir
    Path tmp;

    private HttpServer server;
    private final AtomicBoolean breach = new AtomicBoolean();

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** query_range answers in Prometheus' format: 20 minutes of p99 per version, the canary breaching once asked to. */
    private String answer(String form) {
        double start = 0;
        for (String pair : form.split("&")) {
            if (pair.startsWith("start=")) {
                start = Double.parseDouble(URLDecoder.decode(pair.substring(6), StandardCharsets.UTF_8));
            }
        }
        StringBuilder b = new StringBuilder("{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[");
        for (String version : new String[] {"v1", "v2"}) {
            b.append(version.equals("v1") ? "" : ",").append("{\"metric\":{\"version\":\"").append(version)
                    .append("\"},\"values\":[");
            for (int m = 0; m < 20; m++) {
                double v = breach.get() && version.equals("v2") && m >= 12 ? 1500 : 110;
                b.append(m == 0 ? "" : ",").append(String.format(Locale.ROOT, "[%.0f,\"%s\"]", start + 60.0 * m, v));
            }
            b.append("]}");
        }
        return b.append("]}}").toString();
    }

    @Test
    void liveModeIsOnByDefaultAndTheServersNewBreachAppears(FxRobot robot) throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/query_range", x -> {
            byte[] out = answer(new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8))
                    .getBytes(StandardCharsets.UTF_8);
            x.sendResponseHeaders(200, out.length);
            try (OutputStream o = x.getResponseBody()) {
                o.write(out);
            }
        });
        server.start();
        Files.writeString(tmp.resolve("incident.yaml"), "format: mlwb-incident/1\ntitle: ranker live\n"
                + "arms: {baseline: v1, canary: v2}\nsources:\n  - role: metrics\n    name: ranker\n    prometheus: {url: "
                + "\"http://127.0.0.1:" + server.getAddress().getPort() + "\", last: 20m, step: 1m, refresh: 300ms}\n"
                + "    arm: version\n    metrics: {latency_p99_ms: 'histogram_quantile(0.99, x)'}\n");
        UiSupport.open(robot, workbench, tmp);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> workbench.live().watchingProperty().get());
        assertThat(workbench.live().enabledProperty().get()).as("on by default for a Prometheus server").isTrue();
        assertThat(workbench.model().findings().items()).isEmpty();
        breach.set(true);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> workbench.model().findings().items().stream()
                .map(FindingItem::check).anyMatch("canary.guardrail-fast"::equals));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workbench.live().bannerProperty().get()).startsWith("New: CRITICAL P99 latency at or above 500 ms");
    }
}
