package dev.mlwb.analysis.data.documents;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mlwb.analysis.data.Database;
import dev.mlwb.analysis.data.Row;
import dev.mlwb.analysis.data.Sql;
import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The environment fingerprints of MLflow runs, from the table the loader filled ({@code mlflow_N}). */
final class MlflowEnvironments {
    private static final ObjectMapper JSON = new ObjectMapper();

    private MlflowEnvironments() {
    }

    static List<EnvironmentRun> read(Database db, String table, String shown) throws SQLException {
        List<EnvironmentRun> out = new ArrayList<>();
        for (Row r : db.query("SELECT run, run_id, model_version, " + Sql.epochMicros("started") + " AS started, "
                + "code_version, data_version, seed, artifact_sha256, CAST(packages AS VARCHAR) AS packages, CAST(hardware AS "
                + "VARCHAR) AS hardware, CAST(metrics AS VARCHAR) AS metrics, CAST(other AS VARCHAR) AS other FROM "
                + table + " ORDER BY started NULLS LAST, run")) {
            Map<String, String> other = texts(r.str("other", "{}"));
            other.put("experiment_run_id", r.str("run_id", ""));
            out.add(new EnvironmentRun(r.str("run", ""), shown, "run " + r.str("run_id", ""), r.text("model_version"),
                    r.instant("started"), r.text("code_version"), r.text("data_version"), texts(r.str("packages", "{}")),
                    texts(r.str("hardware", "{}")), r.text("seed"), r.text("artifact_sha256"),
                    numbers(r.str("metrics", "{}")), other));
        }
        return out;
    }

    private static Map<String, String> texts(String json) {
        try {
            return new LinkedHashMap<>(JSON.readValue(json, new TypeReference<Map<String, String>>() { }));
        } catch (IOException e) {
            return new LinkedHashMap<>();
        }
    }

    private static Map<String, Double> numbers(String json) {
        try {
            return JSON.readValue(json, new TypeReference<Map<String, Double>>() { });
        } catch (IOException e) {
            return Map.of();
        }
    }
}
