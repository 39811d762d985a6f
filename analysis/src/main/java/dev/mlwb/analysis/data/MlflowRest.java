package dev.mlwb.analysis.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mlwb.analysis.bundle.BundleException;
import dev.mlwb.analysis.bundle.MlflowTracking;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads runs from an MLflow tracking server's REST API: {@code POST /api/2.0/mlflow/experiments/search}
 * for the experiments (kept by name when the manifest lists some), then {@code POST
 * /api/2.0/mlflow/runs/search} page by page. A run's dataset inputs (MLflow 2.4+) give its data version
 * when no param or tag does.
 */
final class MlflowRest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PAGE = 1000;
    private static final int MAX_RUNS = 20_000;

    private MlflowRest() {
    }

    static List<MlflowRun> read(MlflowTracking tracking, String shown) throws BundleException, InterruptedException {
        URI base = URI.create(tracking.url().orElseThrow().toString().replaceAll("/+$", "") + "/");
        Optional<String> token = HttpFetch.token(tracking.tokenEnv(), shown);
        Map<String, String> experiments = experiments(base, tracking.experiments(), token, shown);
        List<MlflowRun> out = new ArrayList<>();
        if (experiments.isEmpty()) {
            return out;
        }
        String pageToken = null;
        do {
            ObjectNode body = JSON.createObjectNode();
            body.putArray("experiment_ids").addAll(experiments.keySet().stream().map(JSON.getNodeFactory()::textNode).toList());
            body.put("max_results", PAGE);
            if (pageToken != null) {
                body.put("page_token", pageToken);
            }
            JsonNode answer = post(base.resolve("api/2.0/mlflow/runs/search"), body, token, shown);
            for (JsonNode r : answer.path("runs")) {
                out.add(run(r, experiments));
            }
            pageToken = answer.path("next_page_token").asText(null);
        } while (pageToken != null && !pageToken.isEmpty() && out.size() < MAX_RUNS);
        return out;
    }

    private static Map<String, String> experiments(URI base, List<String> names, Optional<String> token, String shown)
            throws BundleException, InterruptedException {
        Map<String, String> out = new LinkedHashMap<>();
        String pageToken = null;
        do {
            ObjectNode body = JSON.createObjectNode();
            body.put("max_results", PAGE);
            if (pageToken != null) {
                body.put("page_token", pageToken);
            }
            JsonNode answer = post(base.resolve("api/2.0/mlflow/experiments/search"), body, token, shown);
            for (JsonNode e : answer.path("experiments")) {
                String name = e.path("name").asText();
                if ((names.isEmpty() || names.contains(name)) && !"deleted".equals(e.path("lifecycle_stage").asText())) {
                    out.put(e.path("experiment_id").asText(), name);
                }
            }
            pageToken = answer.path("next_page_token").asText(null);
        } while (pageToken != null && !pageToken.isEmpty());
        List<String> missing = names.stream().filter(n -> !out.containsValue(n)).toList();
        if (!missing.isEmpty()) {
            throw new BundleException(shown, "", "has no experiment named " + String.join(", ", missing)
                    + " (experiments: " + String.join(", ", out.values()) + ")");
        }
        return out;
    }

    private static MlflowRun run(JsonNode r, Map<String, String> experiments) {
        JsonNode info = r.path("info");
        JsonNode data = r.path("data");
        Map<String, String> params = pairs(data.path("params"));
        Map<String, String> tags = pairs(data.path("tags"));
        Map<String, Double> metrics = new LinkedHashMap<>();
        for (JsonNode m : data.path("metrics")) {
            metrics.put(m.path("key").asText(), m.path("value").asDouble());
        }
        for (JsonNode input : r.path("inputs").path("dataset_inputs")) {
            JsonNode d = input.path("dataset");
            if (d.has("name") && !params.containsKey("dataset") && !tags.containsKey("dataset")) {
                params.put("dataset", d.path("name").asText() + (d.has("digest") ? "@" + d.path("digest").asText() : ""));
            }
        }
        String id = info.path("run_id").asText(info.path("run_uuid").asText());
        String name = info.path("run_name").asText(tags.getOrDefault("mlflow.runName", id));
        return new MlflowRun(id, name, experiments.getOrDefault(info.path("experiment_id").asText(), ""),
                MlflowRun.statusName(info.path("status").asText("RUNNING")), millis(info.get("start_time")),
                millis(info.get("end_time")), params, tags, metrics, Map.of());
    }

    private static Map<String, String> pairs(JsonNode list) {
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonNode p : list) {
            out.put(p.path("key").asText(), p.path("value").asText());
        }
        return out;
    }

    private static Optional<Instant> millis(JsonNode v) {
        return v == null || v.isNull() || v.asLong() <= 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(v.asLong()));
    }

    private static JsonNode post(URI uri, JsonNode body, Optional<String> token, String shown)
            throws BundleException, InterruptedException {
        String text = HttpFetch.postJson(uri, body.toString(), token, shown);
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new BundleException(shown, "", "answered something that is not JSON: " + e.getMessage(), e);
        }
    }
}
