package dev.mlwb.app.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.analysis.check.CheckReport;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingsViewModelTest {
    private static CheckReport report(Finding... findings) {
        return new CheckReport("b", "t", "", List.of(), List.of(findings), List.of());
    }

    private static Finding finding(Severity s, String title) {
        return Finding.builder("canary.traffic-mix", s, title).build();
    }

    @Test
    void countsPerSeverityAndSelectsTheFirstFinding() {
        FindingsViewModel m = new FindingsViewModel();
        Finding first = finding(Severity.CRITICAL, "a");
        m.setReport(report(first, finding(Severity.WARNING, "b"), finding(Severity.INFO, "c")));
        assertThat(m.countsProperty().get()).isEqualTo("1 critical · 1 warning · 1 info");
        assertThat(m.items()).extracting(FindingItem::badge).containsExactly("CRITICAL", "WARNING", "INFO");
        assertThat(m.selectedProperty().get()).isNull();
        assertThat(m.next()).contains(first);
    }

    @Test
    void anEmptyReportSaysSo() {
        FindingsViewModel m = new FindingsViewModel();
        m.setReport(report());
        assertThat(m.countsProperty().get()).isEqualTo("No findings");
        assertThat(m.selectedProperty().get()).isNull();
    }
}
