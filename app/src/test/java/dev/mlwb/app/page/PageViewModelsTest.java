package dev.mlwb.app.page;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.analysis.check.CheckReport;
import dev.mlwb.analysis.check.CheckRun;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.check.Subject;
import dev.mlwb.app.session.EvidenceIndex;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageViewModelsTest {
    static EvidenceIndex index() {
        Map<String, Map<String, Double>> measures = new LinkedHashMap<>();
        measures.put("feature:x", Map.of("psi", 0.3));
        measures.put("feature:y", Map.of("psi", 0.01, "ks_statistic", 0.02));
        Finding f = Finding.builder("data.drift", Severity.CRITICAL, "x drifted").subject(Subject.feature("x")).build();
        return new EvidenceIndex(new CheckReport("b", "t", "", List.of(new CheckRun("data.drift", CheckRun.Status.RAN,
                Optional.empty(), 40, measures, List.of()), CheckRun.skipped("features.skew", "no entity")),
                List.of(f), List.of()));
    }

    @Test
    void aCheckPageShowsEverySubjectItExaminedAndWhichWereFlagged() {
        CheckPageViewModel m = new CheckPageViewModel("data.drift", index());
        assertThat(m.status()).isEqualTo("ran in 40 ms: 1 finding, 2 subjects examined");
        assertThat(m.description()).contains("distribution shift");
        assertThat(m.measureNames()).containsExactlyInAnyOrder("psi", "ks_statistic");
        assertThat(m.measureRows()).extracting(CheckPageViewModel.MeasureRow::flagged).containsExactly(true, false);
        assertThat(m.measureRows().get(0).value("ks_statistic")).isNaN();
        assertThat(new CheckPageViewModel("features.skew", index()).status()).isEqualTo("skipped: no entity");
    }

    @Test
    void aSubjectPageCollectsItsFindingsAndMeasures() {
        SubjectPageViewModel m = new SubjectPageViewModel(Subject.feature("x"), index());
        assertThat(m.kindWord()).isEqualTo("Feature");
        assertThat(m.findings()).extracting(Finding::title).containsExactly("x drifted");
        assertThat(m.measures()).containsOnlyKeys("data.drift");
        assertThat(m.caption()).isEqualTo("1 finding names this feature; 0 views of evidence about it, and the "
                + "measures of 1 checks.");
    }
}
