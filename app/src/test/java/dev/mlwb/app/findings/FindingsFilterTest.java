package dev.mlwb.app.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.analysis.check.CheckReport;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.time.TimeRange;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingsFilterTest {
    static final Instant T = Instant.parse("2026-01-15T09:00:00Z");

    @Test
    void aTimeRangeKeepsTheFindingsThatHeldInIt() {
        Finding early = Finding.builder("a", Severity.CRITICAL, "early").window(new TimeRange(T, T.plusSeconds(600)))
                .build();
        Finding late = Finding.builder("b", Severity.WARNING, "late").window(new TimeRange(T.plusSeconds(7200),
                T.plusSeconds(7800))).build();
        Finding untimed = Finding.builder("c", Severity.INFO, "untimed").build();
        FindingsViewModel m = new FindingsViewModel();
        m.setReport(new CheckReport("b", "t", "", List.of(), List.of(early, late, untimed), List.of()));
        m.setRange(new TimeRange(T.plusSeconds(300), T.plusSeconds(3600)));
        assertThat(m.items()).extracting(FindingItem::title).containsExactly("early");
        assertThat(m.filterNoteProperty().get()).isEqualTo("In Jan 15 09:05–10:00 UTC: 1 of 3 (2 held at other times "
                + "or are not tied to a time)");
        m.selectedProperty().set(early);
        assertThat(m.next()).isEmpty();
        assertThat(m.previous()).isEmpty();
        m.setRange(null);
        assertThat(m.items()).hasSize(3);
        assertThat(m.filterNoteProperty().get()).isEmpty();
        assertThat(m.next()).contains(late);
    }
}
