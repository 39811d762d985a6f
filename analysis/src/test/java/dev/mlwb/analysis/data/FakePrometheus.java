package dev.mlwb.analysis.data;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A Prometheus HTTP API on an ephemeral port, in-process: {@code /api/v1/query_range} answers in
 * Prometheus' own format (status, data.resultType "matrix", result[].metric labels and
 * result[].values as {@code [unix_seconds, "value"]}), from a function of the query's parameters.
 * Every request's form is kept, for assertions.
 */
public final class FakePrometheus implements AutoCloseable {
    /** One series of a range result: its labels and its points. */
    public record Series(Map<String, String> labels, List<double[]> points) {
    }

    private final HttpServer server;
    private final List<Map<String, String>> requests = new CopyOnWriteArrayList<>();
    private volatile Function<Map<String, String>, String> answer;

    public FakePrometheus(Function<Map<String, String>, String> answer) throws IOException {
        this.answer = answer;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/query_range", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<Map<String, String>> requests() {
        return List.copyOf(requests);
    }

    /** Changes what the server answers from now on (a live series growing). */
    public void answer(Function<Map<String, String>, String> next) {
        this.answer = next;
    }

    private void handle(HttpExchange x) throws IOException {
        String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String raw = x.getRequestMethod().equals("POST") ? body : x.getRequestURI().getRawQuery();
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : raw == null ? new String[0] : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        requests.add(form);
        String json = answer.apply(form);
        int status = json.contains("\"status\":\"error\"") ? 400 : 200;
        byte[] out = json.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", "application/json");
        x.sendResponseHeaders(status, out.length);
        try (OutputStream o = x.getResponseBody()) {
            o.write(out);
        }
    }

    /** A successful range answer in Prometheus' format. */
    public static String matrix(List<Series> series) {
        StringBuilder b = new StringBuilder("{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[");
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            b.append(i > 0 ? "," : "").append("{\"metric\":{");
            List<String> labels = new ArrayList<>();
            s.labels().forEach((k, v) -> labels.add("\"" + k + "\":\"" + v + "\""));
            b.append(String.join(",", labels)).append("},\"values\":[");
            for (int j = 0; j < s.points().size(); j++) {
                double[] p = s.points().get(j);
                String v = Double.isNaN(p[1]) ? "NaN" : Double.isInfinite(p[1]) ? "+Inf"
                        : String.format(Locale.ROOT, "%s", p[1]);
                b.append(j > 0 ? "," : "").append("[").append(String.format(Locale.ROOT, "%.3f", p[0])).append(",\"")
                        .append(v).append("\"]");
            }
            b.append("]}");
        }
        return b.append("]}}").toString();
    }

    /** An error answer in Prometheus' format. */
    public static String error(String type, String message) {
        return "{\"status\":\"error\",\"errorType\":\"" + type + "\",\"error\":\"" + message + "\"}";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
