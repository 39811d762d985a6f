package dev.mlwb.analysis.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.analysis.evidence.EnvironmentField.Role;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnvironmentFieldTest {
    @ParameterizedTest
    @CsvSource({
        "model_version, METADATA", "started_at, METADATA", "seed, SEED", "artifact_sha256, OUTCOME",
        "metrics.auc, OUTCOME", "packages.numpy, ENVIRONMENT", "hardware.gpu, ENVIRONMENT", "image, ENVIRONMENT",
        "base_image, ENVIRONMENT", "python_version, ENVIRONMENT", "os, ENVIRONMENT", "cuda, ENVIRONMENT",
        "owner, OTHER", "hostname, OTHER", "costume, OTHER"})
    void roleFollowsTheFieldName(String field, Role role) {
        assertThat(new EnvironmentField(field, List.of("a", "b"), true, false).role()).isEqualTo(role);
    }
}
