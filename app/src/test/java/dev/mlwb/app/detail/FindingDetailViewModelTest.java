package dev.mlwb.app.detail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.check.Subject;
import org.junit.jupiter.api.Test;

class FindingDetailViewModelTest {
    @Test
    void showsTheFindingsTextsAndFormatsMeasuresByName() {
        FindingDetailViewModel m = new FindingDetailViewModel();
        m.show(Finding.builder("canary.slice-guard", Severity.CRITICAL, "CTR fell").summary("s").remedy("r")
                .subject(Subject.feature("x")).measure("baseline_rate", 0.0348).measure("baseline_share", 0.611)
                .measure("relative_change", -0.175).measure("pvalue", 1.3e-260).measure("joined_rows", 123456)
                .measure("psi", 0.31234).build());
        assertThat(m.verdictProperty().get()).isEqualTo("CRITICAL  ·  canary.slice-guard");
        assertThat(m.subjects()).containsExactly(Subject.feature("x"));
        assertThat(m.measures()).extracting(MeasureItem::value)
                .containsExactly("3.48%", "61.1%", "-17.5%", "1.3e-260", "123,456", "0.3123");
        assertThat(m.measures().get(0).name()).isEqualTo("baseline rate");
        assertThat(m.whenProperty().get()).isEmpty();
        m.show(Finding.builder("data.drift", Severity.WARNING, "x").window(new dev.mlwb.analysis.time.TimeRange(
                java.time.Instant.parse("2026-01-15T09:00:00Z"), java.time.Instant.parse("2026-01-15T11:00:00Z")))
                .build());
        assertThat(m.whenProperty().get()).isEqualTo("Held Jan 15 09:00–11:00 UTC.");
        m.show(null);
        assertThat(m.titleProperty().get()).isEmpty();
        assertThat(m.measures()).isEmpty();
    }
}
