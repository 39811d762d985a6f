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

    @Test
    void findingsArrivingLaterAreInsertedAroundTheSelectionWithoutReplacingTheList() {
        FindingsViewModel m = new FindingsViewModel();
        Finding warning = finding(Severity.WARNING, "slow guardrail");
        Finding info = finding(Severity.INFO, "note");
        m.setReport(report(warning, info));
        m.selectedProperty().set(warning);
        FindingItem kept = m.items().get(0);
        List<javafx.collections.ListChangeListener.Change<? extends FindingItem>> changes = new java.util.ArrayList<>();
        m.items().addListener((javafx.collections.ListChangeListener<FindingItem>) c -> {
            while (c.next()) {
                assertThat(c.wasRemoved()).as("nothing listed is removed").isFalse();
            }
            changes.add(c);
        });

        Finding critical = finding(Severity.CRITICAL, "traffic mix");
        Finding later = finding(Severity.WARNING, "drift");
        m.update(report(critical, warning, later, info));

        assertThat(m.items()).extracting(FindingItem::finding).containsExactly(critical, warning, later, info);
        assertThat(m.items().get(1)).isSameAs(kept);
        assertThat(m.selectedProperty().get()).isSameAs(warning);
        assertThat(m.countsProperty().get()).isEqualTo("1 critical · 2 warnings · 1 info");
        assertThat(changes).hasSize(2);
    }
}
