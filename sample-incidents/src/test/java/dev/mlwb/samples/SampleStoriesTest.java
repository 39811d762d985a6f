package dev.mlwb.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.checks.CheckCatalog;
import dev.mlwb.analysis.data.IncidentData;
import dev.mlwb.analysis.notes.FindingNotes;
import dev.mlwb.analysis.report.JsonReport;
import dev.mlwb.analysis.report.ReviewContext;
import dev.mlwb.analysis.run.Analysis;
import dev.mlwb.analysis.run.Cancellation;
import dev.mlwb.analysis.run.Progress;
import dev.mlwb.analysis.story.Chain;
import dev.mlwb.analysis.story.ChainLink;
import dev.mlwb.analysis.story.Story;
import dev.mlwb.analysis.story.StoryBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample's story: the likely root cause is the one its README documents, the consequences the README lists
 * sit under it, and a time to detect is given wherever the bundle has an alert after the problem began.
 */
class SampleStoriesTest {

    /** A finding expected in the chain: its check and a subject it names (empty: any). */
    record Expected(String check, String subject) {
        boolean matches(Finding f) {
            return f.check().equals(check) && (subject.isEmpty()
                    || f.subjects().stream().anyMatch(s -> s.toString().equals(subject)));
        }
    }

    static Expected e(String check, String subject) {
        return new Expected(check, subject);
    }

    static Stream<Arguments> samples() {
        return Stream.of(
                // README: the backfill leaked future engagement; the gap and the cart-adds drift are consequences
                Arguments.of("backfill-leakage", e("features.leakage", ""),
                        List.of(e("model.offline-online-gap", ""), e("data.drift", "feature:cart adds 7d"))),
                // README: the load-balancer rule made the canary iOS/NA only; slice CTR drops followed promotion
                Arguments.of("canary-contamination", e("canary.traffic-mix", ""),
                        List.of(e("canary.slice-guard", "slice:os=android"), e("canary.slice-guard", "slice:geo=eu"))),
                // README: replicas served before ready; the fast-guardrail breaches are the symptoms
                Arguments.of("cold-start", e("serving.cold-start", ""),
                        List.of(e("canary.guardrail-fast", "metric:latency_p99_ms"),
                                e("canary.guardrail-fast", "metric:success_rate"))),
                Arguments.of("feedback-loop", e("feedback.popularity-loop", ""), List.of()),
                Arguments.of("nondeterminism", e("training.nondeterminism", ""), List.of()),
                // README: v1 cannot read payload p8, so the rollback failed; the outage is its consequence
                Arguments.of("rollback-incompatibility", e("deploy.rollback-compat", "model:v1"),
                        List.of(e("canary.guardrail-fast", "metric:success_rate"))),
                // README: the inputs match the baseline's; the change is the model's (recall on new users,
                // overconfidence, and the score drift with it)
                Arguments.of("segment-regression", e("model.segment-regression", "slice:user cohort=new"),
                        List.of(e("model.calibration", "model:v13"), e("data.drift", "metric:score"))),
                // README: unknown categories → the merchant lookup fails → imputation → drift
                Arguments.of("silent-imputation", e("data.unseen-category", "feature:txn category"),
                        List.of(e("data.imputation", "feature:merchant risk"), e("data.drift", "feature:merchant risk"),
                                e("data.drift", "feature:txn category"))),
                Arguments.of("stale-model", e("training.staleness", "job:train-fraud-daily"), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theLikelyRootCauseIsTheDocumentedOneWithItsConsequencesUnderIt(String sample, Expected root,
                                                                         List<Expected> consequences) throws Exception {
        try (Analysis.Result r = Analysis.run(Samples.dir().resolve(sample), CheckCatalog.standardSuite(), Progress.NONE,
                Cancellation.none())) {
            Story story = StoryBuilder.build(r.data(), r.report());
            Chain likely = story.likely().orElseThrow();
            assertThat(root.matches(likely.root())).as(sample + ": likely root cause " + likely.root().title()).isTrue();
            for (Expected c : consequences) {
                assertThat(likely.links()).as(sample + ": " + c + " under the root cause").map(ChainLink::finding)
                        .anySatisfy(f -> assertThat(c.matches(f)).isTrue());
            }
            assertThat(likely.links()).allSatisfy(l -> assertThat(l.reason()).isNotBlank());
            assertThat(story.chains()).flatMap(Chain::findings).hasSameSizeAs(r.report().findings());
            if (story.earliestOnset().isPresent() && alertsSince(r.data(), story.earliestOnset().get().at()) > 0) {
                assertThat(story.timeToDetect()).as(sample + ": time to detect").isPresent();
                assertThat(story.timeToDetect().get()).isPositive();
            }
            // the same story in the findings JSON: story.root_causes[0] and what it explains
            ReviewContext context = new ReviewContext(FindingNotes.NONE, Optional.empty(), story, Map.of());
            JsonNode json = new ObjectMapper().readTree(JsonReport.render(r.report(), context));
            JsonNode first = json.at("/story/root_causes/0");
            assertThat(first.get("check").asText()).isEqualTo(root.check());
            for (Expected c : consequences) {
                assertThat(first.get("explains")).as(sample + ": " + c + " in story.root_causes[0].explains")
                        .anySatisfy(x -> assertThat(x.get("check").asText().equals(c.check()) && (c.subject().isEmpty()
                                || x.get("subjects").toString().contains("\"" + c.subject() + "\""))).isTrue());
            }
            assertThat(json.get("findings")).allSatisfy(f -> assertThat(f.has("onset")).isTrue());
            assertThat(json.at("/story").has("time_to_detect_seconds")).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everyFindingThatHeldInTimeHasAnOnsetInsideItsInterval(String sample, Expected root,
                                                                List<Expected> consequences) throws Exception {
        try (Analysis.Result r = Analysis.run(Samples.dir().resolve(sample), CheckCatalog.standardSuite(), Progress.NONE,
                Cancellation.none())) {
            Story story = StoryBuilder.build(r.data(), r.report());
            for (Finding f : r.report().findings()) {
                if (!f.windows().isEmpty()) {
                    assertThat(story.onset(f)).as(sample + ": onset of " + f.title()).isPresent();
                }
                story.onset(f).ifPresent(o -> {
                    assertThat(o.earliest()).as(f.title()).isBeforeOrEqualTo(o.at());
                    assertThat(o.latest()).as(f.title()).isAfterOrEqualTo(o.at());
                });
            }
        }
    }

    /** Alert and error events at or after a time, counted in SQL (the rule of {@code story.Alerts}). */
    private static long alertsSince(IncidentData data, Instant t) throws Exception {
        if (data.events().isEmpty()) {
            return 0;
        }
        return (long) data.db().scalar("SELECT count(*) FROM " + data.events().get().view() + " WHERE __ts >= "
                + "make_timestamp(CAST(? AS BIGINT)) AND (lower(coalesce(__type, '')) = 'alert' OR "
                + "lower(coalesce(__level, '')) IN ('alert', 'error', 'critical', 'fatal'))", t.toEpochMilli() * 1000);
    }
}
