package dev.mlwb.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.evidence.PopularityTrend;
import dev.mlwb.analysis.evidence.PopularityWindow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The findings {@code feedback-loop/README.md} promises. */
class FeedbackLoopTest {
    private static OpsSampleRun run;

    @BeforeAll
    static void analyse() throws Exception {
        run = OpsSampleRun.of("feedback-loop");
    }

    @Test
    void eightWeeksOfConcentrationIsAWarning() {
        Finding f = run.findings("feedback.popularity-loop").get(0);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.title()).startsWith("Recommendations concentrate on fewer items").contains("over 7 consecutive weekly windows");
        assertThat(f.subjects()).startsWith(Subject.source("for-you-impressions"));
        assertThat(f.measures().get("gini_first")).isLessThan(0.7);
        assertThat(f.measures().get("gini_last")).isGreaterThan(0.9);
        assertThat(f.measures().get("coverage_last")).isLessThan(0.25);
        PopularityTrend trend = (PopularityTrend) f.evidence().get(0);
        assertThat(trend.windows()).hasSize(FeedbackLoop.WEEKS);
        assertThat(trend.windows()).extracting(PopularityWindow::gini).isSorted();
        assertThat(trend.windows()).extracting(PopularityWindow::top1PctShare).isSorted();
    }

    @Test
    void nothingElseIsFound() {
        assertThat(run.report.findings()).hasSize(1);
        assertThat(run.criticalChecks()).isEmpty();
    }
}
