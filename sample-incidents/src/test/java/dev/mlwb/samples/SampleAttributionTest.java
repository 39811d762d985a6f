package dev.mlwb.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.analysis.attribution.Attribution;
import dev.mlwb.analysis.attribution.AttributionQuery;
import dev.mlwb.analysis.attribution.Attributor;
import dev.mlwb.analysis.attribution.Contribution;
import dev.mlwb.analysis.attribution.WindowAttribution;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.checks.CheckCatalog;
import dev.mlwb.analysis.run.Analysis;
import dev.mlwb.analysis.run.Cancellation;
import dev.mlwb.analysis.run.Progress;
import dev.mlwb.analysis.story.StoryBuilder;
import dev.mlwb.analysis.time.TimeRange;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * "What explains this window" on the canary samples ranks the injected slice first, from a finding and from a
 * range selected on a chart; and a healthy bundle has no story to tell.
 */
class SampleAttributionTest {

    @Test
    void canaryContaminationBlamesAndroidFromTheFindingAndFromTheHoursAfterPromotion() throws Exception {
        try (Analysis.Result r = run("canary-contamination")) {
            Finding guard = r.report().findings("canary.slice-guard").stream()
                    .filter(f -> f.title().contains("android")).findFirst().orElseThrow();
            Attribution fromFinding = attribute(r, WindowAttribution.forFinding(r.data(), guard));
            assertThat(fromFinding.top().orElseThrow().slice()).isEqualTo("os=android");

            // the analyst selects 11:00–13:20 (promotion to rollback) on the CTR chart: v42 served everyone, so the
            // baseline is the same 2 h 20 min before
            TimeRange afterPromotion = new TimeRange(Instant.parse("2026-01-15T11:00:00Z"),
                    Instant.parse("2026-01-15T13:20:00Z"));
            Optional<AttributionQuery> q = WindowAttribution.forMetric(r.data(), "ctr", Optional.of(afterPromotion));
            assertThat(q.orElseThrow().comparison()).isEqualTo(AttributionQuery.Comparison.BEFORE);
            Attribution fromChart = attribute(r, q);
            assertThat(fromChart.difference()).isNegative();
            Contribution top = fromChart.top().orElseThrow();
            assertThat(top.slice()).isEqualTo("os=android");
            assertThat(top.shareOfDifference()).isGreaterThan(0.5);
            assertThat(top.currentShare()).isBetween(0.5, 0.7);
        }
    }

    @Test
    void segmentRegressionBlamesNewUsersThoughTheAggregateImproved() throws Exception {
        try (Analysis.Result r = run("segment-regression")) {
            Finding segment = r.report().findings("model.segment-regression").get(0);
            Attribution a = attribute(r, WindowAttribution.forFinding(r.data(), segment));
            assertThat(a.metric()).isEqualTo("miss_rate");
            assertThat(a.top().orElseThrow().slice()).isEqualTo("user cohort=new");
            assertThat(a.top().orElseThrow().contribution()).isPositive();
        }
    }

    @Test
    void silentImputationExplainsTheMerchantRiskDriftByTheNewCategories() throws Exception {
        try (Analysis.Result r = run("silent-imputation")) {
            Finding drift = r.report().findings("data.drift").stream()
                    .filter(f -> f.title().startsWith("merchant risk")).findFirst().orElseThrow();
            Attribution a = attribute(r, WindowAttribution.forFinding(r.data(), drift));
            assertThat(a.ranked().subList(0, 3)).extracting(Contribution::slice).containsExactlyInAnyOrder(
                    "txn category=bnpl installment", "txn category=p2p transfer", "txn category=crypto exchange");
        }
    }

    @Test
    void aHealthyWeekHasNoRootCauseAndNoAlert() throws Exception {
        try (Analysis.Result r = run("healthy")) {
            var story = StoryBuilder.build(r.data(), r.report());
            assertThat(story.chains()).isEmpty();
            assertThat(story.firstAlert()).isEmpty();
            assertThat(story.timeToDetect()).isEmpty();
        }
    }

    private static Analysis.Result run(String sample) throws Exception {
        return Analysis.run(Samples.dir().resolve(sample), CheckCatalog.standardSuite(), Progress.NONE,
                Cancellation.none());
    }

    private static Attribution attribute(Analysis.Result r, Optional<AttributionQuery> q) throws Exception {
        assertThat(q).isPresent();
        return Attributor.run(r.data().db(), q.get());
    }
}
