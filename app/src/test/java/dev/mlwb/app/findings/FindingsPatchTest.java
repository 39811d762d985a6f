package dev.mlwb.app.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.analysis.check.CheckReport;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.check.Subject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A live re-check patches the list in place and keeps the selected finding, matched by check and subjects. */
class FindingsPatchTest {
    private static Finding f(String check, Severity s, String title, String subject) {
        return Finding.builder(check, s, title).subject(Subject.metric(subject)).build();
    }

    private static CheckReport report(Finding... findings) {
        return new CheckReport("b", "t", "", List.of(), List.of(findings), List.of());
    }

    @Test
    void rowsThatStayAreReplacedInPlaceAndTheSelectionFollowsItsFinding() {
        FindingsViewModel m = new FindingsViewModel();
        Finding a = f("x.a", Severity.CRITICAL, "A 10%", "a");
        Finding b = f("x.b", Severity.WARNING, "B", "b");
        Finding c = f("x.c", Severity.INFO, "C", "c");
        m.setReport(report(a, b, c));
        m.selectedProperty().set(b);
        FindingItem rowOfB = m.items().get(1);
        Finding a2 = f("x.a", Severity.CRITICAL, "A 12%", "a");
        Finding n = f("x.n", Severity.CRITICAL, "New", "n");
        Finding b2 = f("x.b", Severity.WARNING, "B again", "b");
        assertThat(m.replace(report(a2, n, b2))).hasValue(b2);
        assertThat(m.items()).extracting(FindingItem::title).containsExactly("A 12%", "New", "B again");
        assertThat(m.items().get(2)).isNotSameAs(rowOfB);
        assertThat(m.countsProperty().get()).isEqualTo("2 critical · 1 warning · 0 info");
    }

    @Test
    void aClearedSelectionIsGone() {
        FindingsViewModel m = new FindingsViewModel();
        Finding a = f("x.a", Severity.CRITICAL, "A", "a");
        m.setReport(report(a));
        m.selectedProperty().set(a);
        assertThat(m.replace(report())).isEmpty();
        assertThat(m.items()).isEmpty();
    }
}
