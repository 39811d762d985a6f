package dev.mlwb.analysis.data.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlwb.analysis.bundle.BundleException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnvironmentParserTest {

    @Test
    void readsEveryField() throws BundleException {
        List<EnvironmentRun> runs = EnvironmentParser.parse("envs.jsonl", """
                {"run": "train-118", "model_version": "v42", "started_at": "2026-01-14T02:00:00Z", "code_version": "git:ab12", "data_version": "snap-2026-01-14", "packages": {"numpy": "1.24.1", "torch": 2.1}, "hardware": {"gpu": "A100", "gpus": 8}, "seed": 7, "artifact_sha256": "aa11", "metrics": {"auc": 0.91}, "pool": "batch-a"}

                {"run": 119, "packages": ["numpy>=1.23", "scikit-learn==1.2.1"], "hardware": "V100"}
                """, ZoneOffset.UTC);
        assertThat(runs).hasSize(2);
        EnvironmentRun a = runs.get(0);
        assertThat(a.run()).isEqualTo("train-118");
        assertThat(a.startedAt()).contains(Instant.parse("2026-01-14T02:00:00Z"));
        assertThat(a.packages()).containsEntry("numpy", "1.24.1").containsEntry("torch", "2.1");
        assertThat(a.hardware()).containsEntry("gpu", "A100").containsEntry("gpus", "8");
        assertThat(a.seed()).contains("7");
        assertThat(a.metrics()).containsEntry("auc", 0.91);
        assertThat(a.other()).containsEntry("pool", "batch-a");
        assertThat(a.where()).isEqualTo("envs.jsonl line 1");
        EnvironmentRun b = runs.get(1);
        assertThat(b.run()).isEqualTo("119");
        assertThat(b.where()).isEqualTo("envs.jsonl line 3");
        assertThat(b.packages()).containsEntry("numpy", ">=1.23").containsEntry("scikit-learn", "1.2.1");
        assertThat(b.hardware()).containsEntry("hardware", "V100");
    }

    @Test
    void aRunGivenTwiceIsAnError(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path a = java.nio.file.Files.writeString(dir.resolve("a.jsonl"), "{\"run\": \"r1\"}\n");
        java.nio.file.Path b = java.nio.file.Files.writeString(dir.resolve("b.jsonl"), "{\"run\": \"r2\"}\n{\"run\": \"r1\"}\n");
        assertThatThrownBy(() -> EnvironmentParser.parse(List.of(a, b), List.of("envs/a.jsonl", "envs/b.jsonl"),
                ZoneOffset.UTC))
                .hasMessage("envs/b.jsonl: line 2, run: run \"r1\" is given twice (also at envs/a.jsonl line 1)");
    }

    @Test
    void acceptsAJsonArray() throws BundleException {
        List<EnvironmentRun> runs = EnvironmentParser.parse("envs.json", "[{\"run\": \"a\"}, {\"run\": \"b\"}]",
                ZoneOffset.UTC);
        assertThat(runs).extracting(EnvironmentRun::run).containsExactly("a", "b");
    }

    @Test
    void syntaxErrorsNameTheLineOfTheFile() {
        assertThatThrownBy(() -> EnvironmentParser.parse("envs.jsonl", "{\"run\": \"a\"}\n{\"run\": \"b\"}\n{\"run\": \"c\",\n",
                ZoneOffset.UTC))
                .isInstanceOf(BundleException.class)
                .hasMessageStartingWith("envs.jsonl: line 3, column ");
    }

    @Test
    void fieldErrorsNameLineAndKey() {
        assertThatThrownBy(() -> EnvironmentParser.parse("envs.jsonl", "{\"run\": \"a\"}\n{\"seed\": 3}\n", ZoneOffset.UTC))
                .hasMessage("envs.jsonl: line 2, run: is missing");
        assertThatThrownBy(() -> EnvironmentParser.parse("envs.jsonl",
                "{\"run\": \"a\", \"packages\": {\"numpy\": [\"1.24\"]}}\n", ZoneOffset.UTC))
                .hasMessage("envs.jsonl: line 1, packages.numpy: expected text, found a list");
        assertThatThrownBy(() -> EnvironmentParser.parse("envs.jsonl",
                "{\"run\": \"a\", \"metrics\": {\"auc\": \"high\"}}\n", ZoneOffset.UTC))
                .hasMessage("envs.jsonl: line 1, metrics.auc: expected a number, found the text \"high\"");
        assertThatThrownBy(() -> EnvironmentParser.parse("envs.jsonl", "[1]\n", ZoneOffset.UTC))
                .hasMessageStartingWith("envs.jsonl: [0]: expected an object");
        assertThatThrownBy(() -> EnvironmentParser.parse("envs.jsonl", "\"run\"\n", ZoneOffset.UTC))
                .hasMessageStartingWith("envs.jsonl: line 1: expected an object");
    }
}
