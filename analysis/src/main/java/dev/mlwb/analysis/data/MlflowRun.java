package dev.mlwb.analysis.data;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One MLflow run as the tracking folder or the REST API gives it, and how it reads as an environment
 * fingerprint: which params and tags are the code version, the data version, the seed, the hardware
 * and the packages (MLflow has no fixed names for these; teams log them as params or tags).
 *
 * @param status MLflow's run status: RUNNING, SCHEDULED, FINISHED, FAILED or KILLED
 * @param packages package → version from a logged {@code requirements.txt} (folders only)
 */
record MlflowRun(String runId, String runName, String experiment, String status, Optional<Instant> start,
                 Optional<Instant> end, Map<String, String> params, Map<String, String> tags,
                 Map<String, Double> metrics, Map<String, String> packages) {

    private static final List<String> CODE = List.of("mlflow.source.git.commit", "code_version", "git_commit", "git.commit",
            "commit", "git_sha");
    private static final List<String> DATA = List.of("data_version", "data.version", "dataset_version", "data_snapshot",
            "snapshot", "dataset", "training_data", "data");
    private static final List<String> SEED = List.of("seed", "random_seed", "random_state", "rng_seed");
    private static final List<String> MODEL = List.of("model_version", "model.version", "version");
    private static final List<String> ARTIFACT = List.of("artifact_sha256", "model_sha256", "artifact_digest", "sha256");
    private static final List<String> HARDWARE = List.of("gpu", "gpu_type", "gpu_name", "gpus", "cuda", "cuda_version",
            "cuda_driver", "instance_type", "accelerator", "device", "cpu", "machine");

    MlflowRun {
        params = Map.copyOf(params);
        tags = Map.copyOf(tags);
        metrics = Map.copyOf(metrics);
        packages = Map.copyOf(packages);
    }

    /** The first of these keys among the tags, then the params. */
    Optional<String> first(List<String> keys) {
        for (String k : keys) {
            if (tags.containsKey(k)) {
                return Optional.of(tags.get(k));
            }
            if (params.containsKey(k)) {
                return Optional.of(params.get(k));
            }
        }
        return Optional.empty();
    }

    Optional<String> codeVersion() {
        return first(CODE);
    }

    Optional<String> dataVersion() {
        return first(DATA);
    }

    Optional<String> seed() {
        return first(SEED);
    }

    Optional<String> modelVersion() {
        return first(MODEL);
    }

    Optional<String> artifactSha256() {
        return first(ARTIFACT);
    }

    /** Hardware params and tags ({@code gpu}, {@code hardware.gpu} → {@code gpu}). */
    Map<String, String> hardware() {
        Map<String, String> out = new LinkedHashMap<>();
        collect(out, HARDWARE, "hardware.");
        return out;
    }

    /** Packages: a logged requirements file, then {@code package.X} / {@code packages.X} params and tags. */
    Map<String, String> allPackages() {
        Map<String, String> out = new LinkedHashMap<>(packages);
        for (Map<String, String> m : List.of(params, tags)) {
            m.forEach((k, v) -> {
                for (String prefix : List.of("packages.", "package.", "pkg.")) {
                    if (k.startsWith(prefix)) {
                        out.put(k.substring(prefix.length()), v);
                    }
                }
            });
        }
        return out;
    }

    /** Every other param and user tag (MLflow's own {@code mlflow.*} tags left out), for the side-by-side table. */
    Map<String, String> other() {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> used = new java.util.ArrayList<>();
        for (List<String> keys : List.of(CODE, DATA, SEED, MODEL, ARTIFACT, HARDWARE)) {
            used.addAll(keys);
        }
        for (Map<String, String> m : List.of(params, tags)) {
            m.forEach((k, v) -> {
                String l = k.toLowerCase(Locale.ROOT);
                if (!used.contains(k) && !l.startsWith("mlflow.") && !l.startsWith("hardware.") && !l.startsWith("package")
                        && !l.startsWith("pkg.")) {
                    out.putIfAbsent(k, v);
                }
            });
        }
        return out;
    }

    private void collect(Map<String, String> out, List<String> keys, String prefix) {
        for (Map<String, String> m : List.of(params, tags)) {
            m.forEach((k, v) -> {
                if (keys.contains(k)) {
                    out.putIfAbsent(k, v);
                } else if (k.startsWith(prefix)) {
                    out.putIfAbsent(k.substring(prefix.length()), v);
                }
            });
        }
    }

    /** MLflow's status as a job outcome: success, failure, or neither (still running). */
    Optional<String> outcome() {
        return switch (status.toUpperCase(Locale.ROOT)) {
            case "FINISHED" -> Optional.of("success");
            case "FAILED" -> Optional.of("failure");
            case "KILLED" -> Optional.of("killed");
            default -> Optional.empty();
        };
    }

    /** MLflow's status codes in a FileStore {@code meta.yaml}: 1 RUNNING ... 5 KILLED. */
    static String statusName(String raw) {
        return switch (raw.trim()) {
            case "1" -> "RUNNING";
            case "2" -> "SCHEDULED";
            case "3" -> "FINISHED";
            case "4" -> "FAILED";
            case "5" -> "KILLED";
            default -> raw.trim().toUpperCase(Locale.ROOT);
        };
    }
}
