package dev.mlwb.analysis.story;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.analysis.bundle.Arms;
import dev.mlwb.analysis.bundle.SliceKey;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.evidence.CategoryCount;
import dev.mlwb.analysis.evidence.UnseenCategories;
import dev.mlwb.analysis.time.TimeRange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChainBuilderTest {
    private static final Instant T = Instant.parse("2026-02-02T02:00:00Z");

    private static List<ChainBuilder.Tree> chains(Finding... findings) {
        List<FindingFacts> facts = new ArrayList<>();
        for (int i = 0; i < findings.length; i++) {
            facts.add(FindingFacts.of(findings[i], i, Arms.DEFAULT, OnsetDetector.of(findings[i])));
        }
        List<FindingFacts> ordered = facts.stream()
                .sorted(Comparator.comparingInt(FindingFacts::rank).thenComparingInt(FindingFacts::index)).toList();
        LinkJudge judge = new LinkJudge(Map.of(), facts.stream().anyMatch(f -> f.is("data.drift") && !f.outputDrift()));
        return ChainBuilder.trees(ordered, ChainBuilder.parents(ordered, judge));
    }

    private static Finding.Builder finding(String check, Severity s, String title) {
        return Finding.builder(check, s, title);
    }

    @Test
    void unseenCategoriesExplainImputationWhichExplainsDriftAndAnUnrelatedSkewStaysApart() {
        Finding drift = finding("data.drift", Severity.CRITICAL, "merchant risk drifted")
                .subject(Subject.feature("merchant risk")).build();
        Finding unseen = finding("data.unseen-category", Severity.CRITICAL, "3 unknown categories")
                .subject(Subject.feature("txn category"))
                .evidence(new UnseenCategories("unseen", "txn category", "serving", "vocabulary", 1000, 120, 0.12, 8, 11,
                        3, false, List.of(new CategoryCount("bnpl", 60, 0.06, true),
                        new CategoryCount("grocery", 300, 0.3, false)))).build();
        Finding imputation = finding("data.imputation", Severity.CRITICAL, "merchant risk imputed")
                .subject(Subject.feature("merchant risk"))
                .subject(Subject.slice(SliceKey.of("txn category", "bnpl"))).build();
        Finding skew = finding("features.skew", Severity.CRITICAL, "amount differs")
                .subject(Subject.feature("amount 7d")).build();

        List<ChainBuilder.Tree> trees = chains(drift, unseen, imputation, skew);

        assertThat(trees).hasSize(2);
        ChainBuilder.Tree likely = trees.get(0);
        assertThat(likely.root().finding()).isSameAs(unseen);
        assertThat(likely.links()).extracting(ChainLink::finding).containsExactly(imputation, drift);
        assertThat(likely.links().get(0).parent()).isSameAs(unseen);
        assertThat(likely.links().get(0).reason()).contains("txn category=bnpl", "does not know");
        assertThat(likely.links().get(1).parent()).isSameAs(imputation);
        assertThat(likely.links().get(1).depth()).isEqualTo(2);
        assertThat(trees.get(1).root().finding()).isSameAs(skew);
        assertThat(trees.get(1).links()).isEmpty();
    }

    @Test
    void aDriftThatBeganBeforeTheRetrainingFailedIsNotItsConsequence() {
        Finding stale = finding("training.staleness", Severity.CRITICAL, "not retrained")
                .window(new TimeRange(T, T.plusSeconds(86_400 * 20))).build();
        Finding early = finding("data.drift", Severity.WARNING, "age drifted").subject(Subject.feature("age"))
                .window(new TimeRange(T.minusSeconds(86_400 * 10), T.minusSeconds(86_400 * 9))).build();
        Finding late = finding("data.drift", Severity.WARNING, "income drifted").subject(Subject.feature("income"))
                .window(new TimeRange(T.plusSeconds(86_400 * 8), T.plusSeconds(86_400 * 9))).build();

        List<ChainBuilder.Tree> trees = chains(stale, early, late);

        ChainBuilder.Tree root = trees.stream().filter(t -> t.root().finding() == stale).findFirst().orElseThrow();
        assertThat(root.links()).extracting(ChainLink::finding).containsExactly(late);
        assertThat(root.links().get(0).reason()).contains("after the cause");
        assertThat(trees).anySatisfy(t -> assertThat(t.root().finding()).isSameAs(early));
    }

    @Test
    void unrelatedFindingsOfUnrelatedChecksStaySeparate() {
        Finding loop = finding("feedback.popularity-loop", Severity.WARNING, "concentration rises")
                .subject(Subject.item("sku-1")).window(new TimeRange(T, T.plusSeconds(86_400 * 50))).build();
        Finding replicas = finding("serving.cold-start", Severity.CRITICAL, "served before ready")
                .subject(Subject.replica("r1")).window(new TimeRange(T.plusSeconds(60), T.plusSeconds(120))).build();
        assertThat(chains(loop, replicas)).hasSize(2).allSatisfy(t -> assertThat(t.links()).isEmpty());
    }

    @Test
    void aCauseRanksBeforeASymptomThatExplainsNothing() {
        Finding slow = finding("canary.guardrail-slow", Severity.CRITICAL, "canary CTR down")
                .subject(Subject.metric("ctr")).window(new TimeRange(T, T.plusSeconds(3000))).build();
        Finding schema = finding("deploy.rollback-compat", Severity.CRITICAL, "rollback would break")
                .subject(Subject.model("v1")).window(new TimeRange(T.plusSeconds(3100), T.plusSeconds(3500))).build();
        assertThat(chains(slow, schema).get(0).root().finding()).isSameAs(schema);
    }
}
