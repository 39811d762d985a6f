package dev.mlwb.analysis.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.mlwb.analysis.TestBundle;
import dev.mlwb.analysis.bundle.Role;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.checks.training.NondeterminismCheck;
import dev.mlwb.analysis.checks.training.StalenessCheck;
import dev.mlwb.analysis.data.documents.BundleDocuments;
import dev.mlwb.analysis.data.documents.EnvironmentRun;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MLflow training runs as environments and training job events: a tracking folder, and the REST API. */
public class MlflowSourceTest {
    private static final Instant DAY0 = Instant.parse("2026-01-05T02:00:00Z");

    @TempDir
    Path tmp;

    /** A run as MLflow's file store keeps it. */
    public record FsRun(String id, String name, int status, Instant start, Map<String, String> params, Map<String, String> tags,
                 Map<String, Double> metrics, String requirements) {
    }

    public static List<FsRun> reproductions() {
        String commit = "7c1e9a2d4b";
        return List.of(
                new FsRun("a1f0", "train-401", 3, DAY0, Map.of("seed", "42", "data_version", "snap-2026-01-04",
                        "learning_rate", "0.05"), Map.of("mlflow.runName", "train-401", "mlflow.source.git.commit", commit,
                        "gpu", "V100"), Map.of("auc", 0.912), "numpy==1.23.5\nscikit-learn==1.2.2\n"),
                new FsRun("b2e1", "train-402", 3, DAY0.plusSeconds(7 * 86_400), Map.of("seed", "42", "data_version",
                        "snap-2026-01-04", "learning_rate", "0.05"), Map.of("mlflow.source.git.commit", commit, "gpu", "A100"),
                        Map.of("auc", 0.897), "numpy==1.24.1\nscikit-learn==1.2.2\n"),
                new FsRun("c3d2", "train-403", 3, DAY0.plusSeconds(7 * 86_400 + 3600), Map.of("seed", "42", "data_version",
                        "snap-2026-01-04", "learning_rate", "0.05"), Map.of("mlflow.source.git.commit", commit, "gpu", "A100"),
                        Map.of("auc", 0.901), "numpy==1.24.1\nscikit-learn==1.2.2\n"));
    }

    private static List<FsRun> daily() {
        List<FsRun> out = new ArrayList<>();
        for (int d = 0; d < 12; d++) {
            out.add(new FsRun("d" + d, "nightly-" + d, d < 8 ? 3 : 4, DAY0.plusSeconds(86_400L * d), Map.of(),
                    Map.of("model_version", "fraud-" + d), Map.of(), null));
        }
        return out;
    }

    public static void experiment(Path mlruns, String id, String name, List<FsRun> runs) throws IOException {
        Path exp = Files.createDirectories(mlruns.resolve(id));
        Files.writeString(exp.resolve("meta.yaml"), "artifact_location: file://" + exp + "\ncreation_time: 1767000000000\n"
                + "experiment_id: '" + id + "'\nlast_update_time: 1767000000000\nlifecycle_stage: active\nname: " + name + "\n");
        for (FsRun r : runs) {
            Path dir = Files.createDirectories(exp.resolve(r.id()));
            Files.writeString(dir.resolve("meta.yaml"), "artifact_uri: file://" + dir.resolve("artifacts") + "\nend_time: "
                    + (r.start().toEpochMilli() + 3_600_000) + "\nentry_point_name: ''\nexperiment_id: '" + id + "'\n"
                    + "lifecycle_stage: active\nrun_id: " + r.id() + "\nrun_name: " + r.name() + "\nrun_uuid: " + r.id()
                    + "\nsource_name: ''\nsource_type: 4\nsource_version: ''\nstart_time: " + r.start().toEpochMilli()
                    + "\nstatus: " + r.status() + "\ntags: []\nuser_id: alice\n");
            write(dir.resolve("params"), r.params());
            write(dir.resolve("tags"), r.tags());
            Files.createDirectories(dir.resolve("metrics"));
            for (Map.Entry<String, Double> m : r.metrics().entrySet()) {
                long t = r.start().toEpochMilli();
                Files.writeString(dir.resolve("metrics").resolve(m.getKey()), t + " 0.5 0\n" + (t + 1000) + " "
                        + m.getValue() + " 1\n");
            }
            if (r.requirements() != null) {
                Path model = Files.createDirectories(dir.resolve("artifacts/model"));
                Files.writeString(model.resolve("requirements.txt"), "mlflow==2.9.2\n" + r.requirements());
            }
        }
    }

    private static void write(Path dir, Map<String, String> values) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, String> e : values.entrySet()) {
            Files.writeString(dir.resolve(e.getKey()), e.getValue());
        }
    }

    @Test
    void anMlrunsFolderGivesFingerprintsAndTrainingJobs() throws Exception {
        Path mlruns = tmp.resolve("mlruns");
        experiment(mlruns, "0", "Default", List.of());
        experiment(mlruns, "1", "fraud-repro", reproductions());
        experiment(mlruns, "2", "fraud-daily-training", daily());
        Path deleted = Files.createDirectories(mlruns.resolve("1/dead"));
        Files.writeString(deleted.resolve("meta.yaml"), "run_id: dead\nrun_name: gone\nstatus: 3\nlifecycle_stage: deleted\n"
                + "start_time: 1767000000000\n");
        TestBundle b = TestBundle.in(tmp).manifest("sources:\n  - {role: environments, name: mlflow, path: mlruns, "
                + "format: mlflow}\n");
        try (IncidentData data = b.load()) {
            assertThat(data.issues()).isEmpty();
            List<EnvironmentRun> runs = BundleDocuments.environments(data);
            assertThat(runs).extracting(EnvironmentRun::run).hasSize(15).contains("train-401", "nightly-11")
                    .doesNotContain("gone");
            EnvironmentRun first = runs.stream().filter(r -> r.run().equals("train-401")).findFirst().orElseThrow();
            assertThat(first.codeVersion()).hasValue("7c1e9a2d4b");
            assertThat(first.dataVersion()).hasValue("snap-2026-01-04");
            assertThat(first.seed()).hasValue("42");
            assertThat(first.hardware()).containsEntry("gpu", "V100");
            assertThat(first.packages()).containsEntry("numpy", "1.23.5").containsEntry("mlflow", "2.9.2");
            assertThat(first.metrics()).as("the last value of the highest step").containsEntry("auc", 0.912);
            assertThat(first.startedAt()).hasValue(DAY0);
            assertThat(first.other()).containsEntry("learning_rate", "0.05");
            assertThat(data.events().orElseThrow().rows()).as("a start and an end per run").isEqualTo(30);
            assertThat(data.documents(Role.ENVIRONMENTS)).singleElement().satisfies(d -> assertThat(d.table()).isPresent());
        }
        assertThat(b.run(new NondeterminismCheck()).findings()).anySatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.title()).isEqualTo("Runs train-401, train-402 and train-403 share code 7c1e9a2d4b and data "
                    + "snap-2026-01-04 but differ in hardware.gpu and packages.numpy");
        });
        assertThat(b.run(new StalenessCheck()).findings()).anySatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(f.title()).startsWith("fraud-daily-training").contains("the last 4 runs failed");
        });
    }

    @Test
    void theRestApiGivesTheSameRunsPageByPage() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        List<String> bodies = new ArrayList<>();
        server.createContext("/api/2.0/mlflow/", x -> {
            String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            bodies.add(x.getRequestURI().getPath() + " " + body);
            String json = x.getRequestURI().getPath().endsWith("experiments/search")
                    ? "{\"experiments\":[{\"experiment_id\":\"1\",\"name\":\"fraud-repro\",\"lifecycle_stage\":\"active\"},"
                    + "{\"experiment_id\":\"7\",\"name\":\"other\",\"lifecycle_stage\":\"active\"}]}"
                    : body.contains("page_token") ? "{\"runs\":[" + restRun(reproductions().get(2)) + "]}"
                    : "{\"runs\":[" + restRun(reproductions().get(0)) + "," + restRun(reproductions().get(1))
                    + "],\"next_page_token\":\"p2\"}";
            byte[] out = json.getBytes(StandardCharsets.UTF_8);
            x.sendResponseHeaders(200, out.length);
            try (OutputStream o = x.getResponseBody()) {
                o.write(out);
            }
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort();
            TestBundle b = TestBundle.in(tmp).manifest("sources:\n  - {role: environments, name: tracking, mlflow: "
                    + "{url: \"" + url + "\", experiments: [fraud-repro]}}\n");
            assertThat(b.run(new NondeterminismCheck()).findings()).anySatisfy(f -> assertThat(f.title())
                    .isEqualTo("Runs train-401, train-402 and train-403 share code 7c1e9a2d4b and data snap-2026-01-04 "
                            + "but differ in hardware.gpu"));
            assertThat(bodies).anySatisfy(s -> assertThat(s).contains("runs/search").contains("\"experiment_ids\":[\"1\"]")
                    .contains("\"page_token\":\"p2\""));
        } finally {
            server.stop(0);
        }
    }

    private static String restRun(FsRun r) {
        StringBuilder params = new StringBuilder();
        r.params().forEach((k, v) -> params.append(params.length() > 0 ? "," : "").append("{\"key\":\"").append(k)
                .append("\",\"value\":\"").append(v).append("\"}"));
        StringBuilder tags = new StringBuilder();
        r.tags().forEach((k, v) -> tags.append(tags.length() > 0 ? "," : "").append("{\"key\":\"").append(k)
                .append("\",\"value\":\"").append(v).append("\"}"));
        StringBuilder metrics = new StringBuilder();
        r.metrics().forEach((k, v) -> metrics.append("{\"key\":\"").append(k).append("\",\"value\":").append(v)
                .append(",\"timestamp\":").append(r.start().toEpochMilli()).append(",\"step\":1}"));
        return "{\"info\":{\"run_id\":\"" + r.id() + "\",\"run_uuid\":\"" + r.id() + "\",\"run_name\":\"" + r.name()
                + "\",\"experiment_id\":\"1\",\"user_id\":\"alice\",\"status\":\"FINISHED\",\"start_time\":"
                + r.start().toEpochMilli() + ",\"end_time\":" + (r.start().toEpochMilli() + 3_600_000)
                + ",\"artifact_uri\":\"s3://b/1/" + r.id() + "/artifacts\",\"lifecycle_stage\":\"active\"},\"data\":{"
                + "\"metrics\":[" + metrics + "],\"params\":[" + params + "],\"tags\":[" + tags + "]},\"inputs\":{}}";
    }
}
