package dev.mlwb.analysis.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.mlwb.analysis.bundle.BundleException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads an MLflow tracking folder ({@code mlruns}) as MLflow's file store writes it: an
 * {@code <experiment id>/meta.yaml} per experiment (name, lifecycle stage), a {@code <run id>/meta.yaml}
 * per run (name, status as MLflow's status number, start and end in epoch milliseconds), and per run
 * {@code params/}, {@code tags/} (one file per key, the value as its content; keys with {@code /} are
 * folders) and {@code metrics/} (lines of {@code timestamp value step}). Deleted experiments and runs
 * (lifecycle stage {@code deleted}, {@code .trash}) are left out; a logged {@code requirements.txt}
 * gives the run's packages.
 */
final class MlflowFolder {
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final int MAX_ARTIFACT_DEPTH = 4;

    private MlflowFolder() {
    }

    static List<MlflowRun> read(Path root, List<String> experiments, String shown) throws BundleException {
        List<MlflowRun> out = new ArrayList<>();
        for (Path exp : children(root, shown)) {
            Path meta = exp.resolve("meta.yaml");
            if (exp.getFileName().toString().startsWith(".") || !Files.isRegularFile(meta)) {
                continue;
            }
            JsonNode e = yaml(meta, shown + "/" + exp.getFileName() + "/meta.yaml");
            if (!e.has("experiment_id") || "deleted".equals(e.path("lifecycle_stage").asText())) {
                continue;
            }
            String name = e.path("name").asText(exp.getFileName().toString());
            if (!experiments.isEmpty() && !experiments.contains(name)) {
                continue;
            }
            for (Path run : children(exp, shown)) {
                Path runMeta = run.resolve("meta.yaml");
                if (Files.isRegularFile(runMeta)) {
                    read(run, name, yaml(runMeta, shown + "/" + root.relativize(runMeta))).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    private static Optional<MlflowRun> read(Path dir, String experiment, JsonNode meta) throws BundleException {
        if ("deleted".equals(meta.path("lifecycle_stage").asText())) {
            return Optional.empty();
        }
        String id = meta.path("run_id").asText(meta.path("run_uuid").asText(dir.getFileName().toString()));
        Map<String, String> tags = values(dir.resolve("tags"));
        String name = meta.path("run_name").asText("");
        if (name.isEmpty()) {
            name = tags.getOrDefault("mlflow.runName", id);
        }
        return Optional.of(new MlflowRun(id, name, experiment, MlflowRun.statusName(meta.path("status").asText("RUNNING")),
                millis(meta.get("start_time")), millis(meta.get("end_time")), values(dir.resolve("params")), tags,
                metrics(dir.resolve("metrics")), requirements(dir.resolve("artifacts"))));
    }

    private static Optional<Instant> millis(JsonNode v) {
        return v == null || v.isNull() || !v.canConvertToLong() && !v.isTextual() || v.asLong() <= 0 ? Optional.empty()
                : Optional.of(Instant.ofEpochMilli(v.asLong()));
    }

    /** Key → value of a params or tags folder (nested folders are keys with {@code /}). */
    private static Map<String, String> values(Path dir) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Path f : files(dir, 8)) {
            try {
                out.put(dir.relativize(f).toString().replace('\\', '/'), Files.readString(f, StandardCharsets.UTF_8).strip());
            } catch (IOException e) {
                // an unreadable value is left out; the run is still useful
            }
        }
        return out;
    }

    /** Each metric's latest value: the last of the highest step, as MLflow reports it. */
    private static Map<String, Double> metrics(Path dir) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Path f : files(dir, 8)) {
            long bestStep = Long.MIN_VALUE;
            long bestTime = Long.MIN_VALUE;
            Double value = null;
            try {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    String[] p = line.strip().split(" ");
                    if (p.length < 2) {
                        continue;
                    }
                    long t = Long.parseLong(p[0]);
                    long step = p.length > 2 ? Long.parseLong(p[2]) : 0;
                    if (step > bestStep || step == bestStep && t >= bestTime) {
                        bestStep = step;
                        bestTime = t;
                        value = Double.parseDouble(p[1]);
                    }
                }
            } catch (IOException | NumberFormatException e) {
                continue;
            }
            if (value != null) {
                out.put(dir.relativize(f).toString().replace('\\', '/'), value);
            }
        }
        return out;
    }

    /** Packages of a {@code requirements.txt} logged among the run's artifacts (with a model, MLflow logs one). */
    private static Map<String, String> requirements(Path artifacts) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Path f : files(artifacts, MAX_ARTIFACT_DEPTH)) {
            if (!f.getFileName().toString().equals("requirements.txt")) {
                continue;
            }
            try {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    String req = line.strip();
                    if (req.isEmpty() || req.startsWith("#") || req.startsWith("-")) {
                        continue;
                    }
                    int cut = 0;
                    while (cut < req.length() && "=<>~!; @[".indexOf(req.charAt(cut)) < 0) {
                        cut++;
                    }
                    String version = req.substring(cut).trim();
                    out.put(req.substring(0, cut), version.isEmpty() ? "*" : version.startsWith("==")
                            ? version.substring(2).trim() : version);
                }
            } catch (IOException e) {
                // left out
            }
        }
        return out;
    }

    private static List<Path> children(Path dir, String shown) throws BundleException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new BundleException(shown, "", "cannot be listed: " + e.getMessage(), e);
        }
    }

    private static List<Path> files(Path dir, int depth) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir, depth)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static JsonNode yaml(Path file, String shown) throws BundleException {
        try {
            JsonNode n = YAML.readTree(file.toFile());
            if (n == null || !n.isObject()) {
                throw new BundleException(shown, "", "is not a mapping of keys");
            }
            return n;
        } catch (IOException e) {
            throw new BundleException(shown, "", "is not valid YAML: "
                    + dev.mlwb.analysis.format.Fmt.firstLine(e, "unreadable"), e);
        }
    }
}
