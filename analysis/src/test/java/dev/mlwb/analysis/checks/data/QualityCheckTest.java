package dev.mlwb.analysis.checks.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.analysis.check.CheckResult;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.evidence.QualityTable;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QualityCheckTest {
    private static final String MANIFEST = """
            sources:
              - {role: features, dataset: training, path: train.csv}
              - {role: features, dataset: serving, path: serve.csv}
            """;

    @TempDir
    java.nio.file.Path dir;

    private static List<String> training() {
        List<String> out = new ArrayList<>(List.of("amount,zip code,tenure (days),channel"));
        for (int i = 0; i < 1000; i++) {
            out.add((i % 101) + "," + (10000 + i % 50) + "," + (i % 700) + "," + (i % 2 == 0 ? "web" : "app"));
        }
        return out;
    }

    @Test
    void findsNullsRangeAndTypeChangesPerKindOfProblem() throws Exception {
        List<String> serve = new ArrayList<>(List.of("amount,zip code,channel"));
        for (int i = 0; i < 1000; i++) {
            String amount = i % 10 < 3 ? "" : i % 100 < 5 ? "250" : Integer.toString(i % 101);
            String zip = i % 20 == 0 ? "N/A" : Integer.toString(10000 + i % 50);
            serve.add(amount + "," + zip + "," + (i % 2 == 0 ? "web" : "app"));
        }
        CheckResult r = TestBundle.in(dir).manifest(MANIFEST).file("train.csv", training()).file("serve.csv", serve)
                .run(new QualityCheck());
        assertThat(r.findings()).hasSize(3);
        Finding type = r.findings().get(0);
        assertThat(type.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(type.title()).isEqualTo("2 features changed type between training and serving");
        assertThat(type.summary()).contains("zip code was BIGINT and is VARCHAR in serving, with 50 values that are not numbers",
                "tenure (days) (BIGINT) is missing from serving");
        Finding nulls = r.findings().get(1);
        assertThat(nulls.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(nulls.title()).isEqualTo("amount has more missing values in serving than in training");
        assertThat(nulls.summary()).contains("amount 0.0% → 30.0%");
        Finding range = r.findings().get(2);
        assertThat(range.severity()).isEqualTo(Severity.WARNING);
        assertThat(range.summary()).contains("amount: 2.0% outside [0, 100] (0 below, 20 above)");
        assertThat(r.measures().get("feature:channel")).containsEntry("current_null_share", 0.0)
                .containsEntry("type_changed", 0.0);
        QualityTable table = (QualityTable) r.evidence().get(0);
        assertThat(table.rows()).hasSize(4);
        assertThat(table.rows().get(3).verdict()).isEqualTo("ok");
    }

    @Test
    void aCleanCurrentDatasetRaisesNothing() throws Exception {
        CheckResult r = TestBundle.in(dir).manifest(MANIFEST).file("train.csv", training()).file("serve.csv", training())
                .run(new QualityCheck());
        assertThat(r.findings()).isEmpty();
        assertThat(r.measures()).hasSize(4);
    }
}
