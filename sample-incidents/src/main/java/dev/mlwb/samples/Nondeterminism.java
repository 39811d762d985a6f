package dev.mlwb.samples;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Seed 000's non-determinism: the fraud model is retrained from the same commit and the same data
 * snapshot to reproduce the model in service before a rollback, and comes out different. The first
 * run trained on a V100 with numpy 1.23.5; the reproductions ran on A100s after the training image
 * was rebuilt from a requirements file that allows {@code numpy>=1.23}, and picked up 1.24.1. Even
 * the two A100 runs disagree (non-deterministic GPU kernels). The serving image also installs its
 * packages from ranges. Environment fingerprints (JSON lines) and the pipeline log.
 */
public final class Nondeterminism implements Sample {
    static final String CODE = "git:7c1e9a2";
    static final String DATA = "snap-2026-01-04";

    @Override
    public String name() {
        return "nondeterminism";
    }

    @Override
    public void write(Path dir) throws IOException {
        TextFiles.write(dir.resolve("incident.yaml"), manifest());
        TextFiles.write(dir.resolve("fingerprints/environments.jsonl"), environments());
        TextFiles.write(dir.resolve("logs/ml_pipeline.jsonl"), events());
    }

    private static String packages(String numpy, String torch, String sklearn) {
        return JsonLine.object().put("numpy", numpy).put("torch", torch).put("scikit-learn", sklearn)
                .put("xgboost", "1.7.6").toString();
    }

    private static String training(String run, String started, String model, String gpu, String driver, String numpy,
                                   String sha, double auc, double logloss) {
        return JsonLine.object().put("run", run).put("model_version", model).put("started_at", started)
                .put("code_version", CODE).put("data_version", DATA)
                .raw("packages", packages(numpy, "2.0.1+cu118", "1.2.2"))
                .raw("hardware", JsonLine.object().put("gpu", gpu).put("gpus", 4).put("cuda_driver", driver).toString())
                .put("seed", 42).put("artifact_sha256", sha)
                .raw("metrics", JsonLine.object().put("auc", auc, 3).put("logloss", logloss, 4).toString())
                .put("image", run.equals("train-401") ? "trainer:2025.12.18" : "trainer:2026.01.09").toString();
    }

    private static String replica(String id, String started) {
        return JsonLine.object().put("run", id).put("model_version", "fraud-v31").put("started_at", started)
                .raw("packages", packages(">=1.23", "2.0.1", "~=1.2"))
                .raw("hardware", JsonLine.object().put("cpu", "c6i.2xlarge").toString())
                .put("role", "serving").put("image", "fraud-serving:2026.01.09").toString();
    }

    private static List<String> environments() {
        return List.of(
                training("train-401", "2026-01-05T02:00:00Z", "fraud-v31", "V100", "525.85", "1.23.5",
                        "3f2a9c0d6e1b47a8c2d95f0e4b7a1c3d8e6f2b9a0c5d7e1f3a4b6c8d0e2f4a6b", 0.912, 0.1874),
                training("train-402", "2026-01-12T02:00:00Z", "fraud-v31-repro", "A100", "535.54", "1.24.1",
                        "9c1b7a6f5e4d3c2b1a0918273645f5e4d3c2b1a09f8e7d6c5b4a39281706f5e4", 0.897, 0.1931),
                training("train-403", "2026-01-12T09:30:00Z", "fraud-v31-repro", "A100", "535.54", "1.24.1",
                        "5d4c3b2a1908f7e6d5c4b3a29180f7e6d5c4b3a2918f7e6d5c4b3a2918f7e6d5", 0.899, 0.1925),
                replica("serving-fraud-7b1", "2026-01-09T14:00:00Z"),
                replica("serving-fraud-7b2", "2026-01-09T14:00:05Z"));
    }

    private static String job(String at, String run, String model, String message) {
        return JsonLine.at(Instant.parse(at)).put("type", "job").put("level", "info").put("component", "trainer")
                .put("message", message).put("name", "train-fraud").put("status", "success").put("run", run)
                .put("model_version", model).toString();
    }

    private static List<String> events() {
        List<String> out = new ArrayList<>();
        out.add(job("2026-01-05T05:40:00Z", "train-401", "fraud-v31", "train-401 finished: AUC 0.912"));
        out.add(JsonLine.at(Instant.parse("2026-01-06T10:00:00Z")).put("type", "deploy").put("level", "info")
                .put("component", "deployer").put("message", "fraud-v31 deployed (artifact 3f2a9c0d…)")
                .put("model_version", "fraud-v31").toString());
        out.add(JsonLine.at(Instant.parse("2026-01-09T13:50:00Z")).put("type", "image_build").put("level", "info")
                .put("component", "ci").put("message", "trainer:2026.01.09 and fraud-serving:2026.01.09 rebuilt from "
                        + "requirements.txt (lock file removed in PR #2231)").toString());
        out.add(job("2026-01-12T05:55:00Z", "train-402", "fraud-v31-repro", "train-402 finished: AUC 0.897"));
        out.add(JsonLine.at(Instant.parse("2026-01-12T06:10:00Z")).put("type", "model_diff").put("level", "warning")
                .put("component", "repro-check")
                .put("message", "reproduction of fraud-v31 differs: artifact 9c1b7a6f… != 3f2a9c0d…, max |Δw| 3.1e-3")
                .put("reference", "train-401").put("candidate", "train-402").toString());
        out.add(job("2026-01-12T13:20:00Z", "train-403", "fraud-v31-repro", "train-403 finished: AUC 0.899"));
        out.add(JsonLine.at(Instant.parse("2026-01-12T13:35:00Z")).put("type", "model_diff").put("level", "warning")
                .put("component", "repro-check")
                .put("message", "second reproduction differs from the first: 5d4c3b2a… != 9c1b7a6f…")
                .put("reference", "train-402").put("candidate", "train-403").toString());
        return out;
    }

    private static String manifest() {
        return """
                # Generated by dev.mlwb.samples.Nondeterminism; regenerate with
                #   mvn -q -pl sample-incidents -am compile exec:java
                format: mlwb-incident/1
                title: Retraining the fraud model from the same commit and snapshot gives a different model
                description: >-
                  Jan 12 2026. Before a planned rollback the team reproduced fraud-v31 from commit
                  7c1e9a2 and snapshot 2026-01-04. The reproduction scored AUC 0.897 against the
                  original's 0.912 and its weights differ; a second try differs again. Environment
                  fingerprints of the training runs and serving replicas, and the pipeline log.
                timezone: UTC
                sources:
                  - role: environments
                    name: fingerprints
                    path: fingerprints/environments.jsonl
                  - role: events
                    name: ml-pipeline
                    path: logs/ml_pipeline.jsonl
                """;
    }
}
