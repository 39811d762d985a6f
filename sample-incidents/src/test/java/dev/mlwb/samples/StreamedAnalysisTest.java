package dev.mlwb.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.analysis.check.CheckReport;
import dev.mlwb.analysis.check.CheckRun;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.checks.CheckCatalog;
import dev.mlwb.analysis.run.Analysis;
import dev.mlwb.analysis.run.Cancellation;
import dev.mlwb.analysis.run.Progress;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An analysis shows the incident once it is loaded, then each check's findings as that check finishes. */
class StreamedAnalysisTest {
    @Test
    void snapshotsArriveAfterLoadingAndAfterEveryCheckAndEndWithTheFinalReport() throws Exception {
        List<Analysis.Snapshot> snapshots = new ArrayList<>();
        try (Analysis.Result r = Analysis.run(SampleBundles.root().resolve("silent-imputation"),
                CheckCatalog.standardSuite(), Progress.NONE, Cancellation.none(), snapshots::add)) {
            int total = CheckCatalog.all().size();
            assertThat(snapshots).hasSize(total + 1);
            Analysis.Snapshot loaded = snapshots.get(0);
            assertThat(loaded.checksDone()).isZero();
            assertThat(loaded.report().title()).isEqualTo(r.report().title());
            assertThat(loaded.report().findings()).isEmpty();
            assertThat(loaded.timeline()).as("the events are on the timeline before any check ran").isPresent();
            assertThat(loaded.timeline().orElseThrow().lanes()).isNotEmpty();

            for (int i = 1; i < snapshots.size(); i++) {
                Analysis.Snapshot s = snapshots.get(i);
                assertThat(s.checksDone()).isEqualTo(i);
                List<Finding> before = snapshots.get(i - 1).report().findings();
                assertThat(s.report().findings()).as("findings only ever arrive").containsAll(before);
            }
            Analysis.Snapshot last = snapshots.get(total);
            assertThat(last.complete()).isTrue();
            assertThat(last.report()).isEqualTo(r.report());
            assertThat(r.report().checks()).extracting(CheckRun::id)
                    .as("the final report lists checks in the catalogue's order, whatever order they ran in")
                    .containsExactlyElementsOf(CheckCatalog.all().stream().map(c -> c.id()).toList());
            assertThat(r.timeline().findings()).hasSizeGreaterThanOrEqualTo(
                    (int) r.report().findings().stream().filter(f -> !f.windows().isEmpty()).count());
        }
    }

    @Test
    void checksThatReadNoFeatureRowsRunBeforeTheFeatureChecks() throws Exception {
        List<String> order = new ArrayList<>();
        try (Analysis.Result r = Analysis.run(SampleBundles.root().resolve("silent-imputation"),
                CheckCatalog.standardSuite(), Progress.NONE, Cancellation.none(), s -> {
                    CheckReport rep = s.report();
                    rep.checks().stream().map(CheckRun::id).filter(id -> !order.contains(id)).forEach(order::add);
                })) {
            assertThat(order.indexOf("training.staleness")).isLessThan(order.indexOf("data.drift"));
            assertThat(order.indexOf("deploy.rollback-compat")).isLessThan(order.indexOf("features.skew"));
        }
    }
}
