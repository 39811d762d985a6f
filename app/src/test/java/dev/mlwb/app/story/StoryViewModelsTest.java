package dev.mlwb.app.story;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.analysis.attribution.Attribution;
import dev.mlwb.analysis.attribution.Contribution;
import dev.mlwb.analysis.check.CheckReport;
import dev.mlwb.analysis.check.CheckRun;
import dev.mlwb.analysis.check.CheckResult;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.story.Chain;
import dev.mlwb.analysis.story.ChainEvent;
import dev.mlwb.analysis.story.ChainLink;
import dev.mlwb.analysis.story.Onset;
import dev.mlwb.analysis.story.Story;
import dev.mlwb.app.nav.Place;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StoryViewModelsTest {
    private static final Instant T = Instant.parse("2026-01-15T09:00:00Z");
    private static final Finding MIX = Finding.builder("canary.traffic-mix", Severity.CRITICAL, "No android traffic")
            .subject(Subject.feature("os")).build();
    private static final Finding GUARD = Finding.builder("canary.slice-guard", Severity.CRITICAL, "CTR fell for android")
            .build();
    private static final Finding SKEW = Finding.builder("features.skew", Severity.WARNING, "amount differs").build();

    private static Story story() {
        Onset onset = new Onset(T, T, T, "finding window", "the first window", false);
        Chain likely = new Chain(MIX, Optional.of(onset), List.of(new ChainLink(GUARD, MIX, 1,
                "non-stratified canary → slice regression", "both are about os=android", true, false)),
                List.of(new ChainEvent(T.plusSeconds(7200), "canary_promote", "Promoting v42", "misleading")),
                Optional.empty(), Optional.empty());
        Chain other = new Chain(SKEW, Optional.empty(), List.of(), List.of(), Optional.empty(), Optional.empty());
        return new Story(List.of(likely, other), Map.of(MIX, onset), Optional.of(onset), Optional.empty(),
                Optional.empty());
    }

    @Test
    void theStoryOpensOnTheLikelyRootCauseWithWhatItExplainsUnderIt() {
        StoryViewModel vm = new StoryViewModel();
        vm.waiting(3, 19);
        assertThat(vm.statusProperty().get()).contains("3 of 19");
        vm.setStory(story());
        assertThat(vm.statusProperty().get()).isEmpty();
        List<StoryRow> rows = vm.rows();
        assertThat(rows.get(0).kind()).isEqualTo(StoryRow.Kind.HEADING);
        assertThat(rows.get(0).text()).isEqualTo("Likely root cause");
        assertThat(rows.get(1).finding()).contains(MIX);
        assertThat(rows.get(2).text()).isEqualTo("Started Jan 15 09:00 UTC");
        StoryRow link = rows.stream().filter(r -> r.kind() == StoryRow.Kind.LINK).findFirst().orElseThrow();
        assertThat(link.finding()).contains(GUARD);
        assertThat(link.depth()).isEqualTo(1);
        assertThat(link.detail()).isEqualTo("both are about os=android");
        assertThat(rows).anySatisfy(r -> assertThat(r.text()).startsWith("canary_promote at Jan 15 11:00 UTC"));
        assertThat(rows).filteredOn(r -> r.kind() == StoryRow.Kind.HEADING).extracting(StoryRow::text)
                .containsExactly("Likely root cause", "Another root cause");
        assertThat(vm.likelyRoot()).contains(MIX);
    }

    @Test
    void noFindingsTellNoStory() {
        StoryViewModel vm = new StoryViewModel();
        vm.setStory(Story.EMPTY);
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.statusProperty().get()).startsWith("No finding");
    }

    @Test
    void theMatrixCellsOpenTheFindingOrTheFeatureOrTheSkippedCheck() {
        Finding drift = Finding.builder("data.drift", Severity.CRITICAL, "txn drifted")
                .subject(Subject.feature("txn")).build();
        CheckResult driftRun = CheckResult.builder().measures(Subject.feature("txn"), "psi", 0.74)
                .measures(Subject.feature("amount"), "psi", 0.01).build();
        CheckResult unseenRun = CheckResult.builder().measures(Subject.feature("txn"), "unseen_share", 0.0).build();
        CheckReport report = new CheckReport("b", "t", "", List.of(CheckRun.ran("data.drift", 5, driftRun),
                CheckRun.ran("data.unseen-category", 3, unseenRun),
                CheckRun.skipped("features.leakage", "no feature_timestamps")), List.of(drift), List.of());
        FeatureMatrixViewModel vm = new FeatureMatrixViewModel(report);
        assertThat(vm.columns()).contains("drift").doesNotContain("leakage");
        assertThat(vm.skipped()).contains("leakage (skipped: no feature_timestamps)");
        FeatureMatrixViewModel.Row txn = vm.rows().get(0);
        assertThat(txn.feature()).isEqualTo("txn");
        FeatureMatrixViewModel.Cell worst = txn.cells().get(vm.columns().indexOf("drift"));
        assertThat(worst.text()).isEqualTo("✖ PSI 0.74");
        assertThat(worst.status()).isEqualTo("critical");
        assertThat(worst.target()).contains(Place.finding(drift));
        FeatureMatrixViewModel.Cell fine = vm.rows().get(1).cells().get(vm.columns().indexOf("drift"));
        assertThat(fine.text()).isEqualTo("✓ PSI 0.01");
        assertThat(fine.target()).contains(Place.subject(Subject.feature("amount")));
        assertThat(vm.rows().get(1).cells().get(vm.columns().indexOf("unseen")).target()).isEmpty();
    }

    @Test
    void attributionShowsTheLatestAnswerOnlyAndRanksTheTopValueFirst() {
        Object[] pending = new Object[1];
        AttributionViewModel vm = new AttributionViewModel((f, range, done, failed) -> pending[0] = done);
        vm.show(GUARD, null);
        assertThat(vm.statusProperty().get()).startsWith("Working out");
        @SuppressWarnings("unchecked")
        java.util.function.Consumer<Optional<Attribution>> first =
                (java.util.function.Consumer<Optional<Attribution>>) pending[0];
        vm.show(MIX, null);
        first.accept(Optional.of(attribution()));
        assertThat(vm.rows()).as("an answer for a finding no longer shown is dropped").isEmpty();
        @SuppressWarnings("unchecked")
        java.util.function.Consumer<Optional<Attribution>> second =
                (java.util.function.Consumer<Optional<Attribution>>) pending[0];
        second.accept(Optional.of(attribution()));
        assertThat(vm.rows()).extracting(AttributionViewModel.Row::value).containsExactly("os=android", "os=ios");
        assertThat(vm.rows().get(0).contribution()).isEqualTo("-0.300 pp");
        assertThat(vm.moved()).containsExactly(-0.3, 0.1);
        assertThat(vm.unit()).isEqualTo("pp");
        assertThat(vm.headlineProperty().get()).startsWith("CTR: 3.70% in v42 against 3.90% in v41 (-0.200 pp)");
    }

    private static Attribution attribution() {
        return new Attribution("ctr", "CTR", true, "v42", "v41", 0.037, 0.039, -0.002, List.of("os"), -1, List.of(
                new Contribution("os", "android", -0.003, 1.5, 0.5, 0.6, 0.03, 0.036, -0.0033, 0.0003, -0.002),
                new Contribution("os", "ios", 0.001, -0.5, 0.5, 0.4, 0.045, 0.044, 0.0005, 0.0005, 0.002)));
    }
}
