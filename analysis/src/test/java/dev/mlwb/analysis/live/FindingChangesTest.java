package dev.mlwb.analysis.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.analysis.check.CheckReport;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.check.Subject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What changed between two runs: a finding is its check and its set of subjects, whatever its title says now. */
class FindingChangesTest {
    private static Finding f(String check, Severity s, String title, String... slices) {
        Finding.Builder b = Finding.builder(check, s, title);
        for (String x : slices) {
            b.subject(new Subject("slice", x));
        }
        return b.build();
    }

    private static CheckReport report(Finding... f) {
        return new CheckReport("b", "t", "", List.of(), List.of(f), List.of());
    }

    @Test
    void newClearedAndChangedFindingsButNotReorderedSubjects() {
        CheckReport before = report(f("c.guard", Severity.CRITICAL, "CTR fell 13.6% for geo eu, apac", "geo=eu", "geo=apac"),
                f("c.mix", Severity.WARNING, "mix", "os=android"), f("c.gone", Severity.INFO, "gone", "x=1"));
        CheckReport after = report(f("c.guard", Severity.CRITICAL, "CTR fell 13.9% for geo apac, eu", "geo=apac", "geo=eu"),
                f("c.mix", Severity.CRITICAL, "mix", "os=android"), f("c.new", Severity.CRITICAL, "p99", "os=ios"));
        FindingChanges d = FindingChanges.between(before, after);
        assertThat(d.added()).extracting(Finding::check).containsExactly("c.new");
        assertThat(d.changed()).extracting(Finding::check).containsExactly("c.mix");
        assertThat(d.cleared()).extracting(Finding::check).containsExactly("c.gone");
        assertThat(d.summary()).isEqualTo("1 new finding, 1 changed severity, 1 cleared");
        assertThat(FindingChanges.between(after, after).isEmpty()).isTrue();
        assertThat(FindingChanges.between(after, after).summary()).isEqualTo("no change in the findings");
    }
}
