package dev.mlwb.app.ui;

import static dev.mlwb.app.ui.UiSupport.open;
import static dev.mlwb.app.ui.UiSupport.sample;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.time.TimeRange;
import dev.mlwb.app.Workbench;
import dev.mlwb.app.nav.Place;
import dev.mlwb.app.story.AttributionViewModel;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The story in the workbench: the overview opens on the likely root cause with its chain, a finding says when it
 * started and what explains it, the feature matrix opens evidence, and "what explains this window" ranks values.
 */
class StoryUiTest extends WorkbenchWindowTest {
    private void openAndWaitForTheStory(FxRobot robot, String name) throws Exception {
        open(robot, workbench, sample(name));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> workbench.model().storyProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theOverviewOpensOnTheLikelyRootCauseWithWhatItExplains(FxRobot robot) throws Exception {
        openAndWaitForTheStory(robot, "rollback-incompatibility");
        assertThat(robot.lookup("#story .pane-title").queryAs(Label.class).getText()).isEqualTo("Likely root cause");
        Hyperlink root = robot.lookup("#story .story-root").queryAs(Hyperlink.class);
        assertThat(root.getText()).startsWith("Rolling back to v1");
        assertThat(robot.lookup("#story .finding-link").queryAllAs(Hyperlink.class)).extracting(Hyperlink::getText)
                .anySatisfy(t -> assertThat(t).startsWith("Success rate below 99% in the baseline (v1)"));
        assertThat(robot.lookup("#story .story-when").queryAllAs(Label.class)).extracting(Label::getText)
                .anySatisfy(t -> assertThat(t).contains("Time to detect: 10 s"));

        robot.interact(root::fire);
        Finding f = workbench.model().detail().findingProperty().get();
        assertThat(f.check()).isEqualTo("deploy.rollback-compat");
        assertThat(robot.lookup("#detail-started").queryAs(Label.class).getText()).startsWith("Started Jan 20 10:52");
        assertThat(robot.lookup("#detail-explained-why").queryAs(Label.class).getText())
                .isEqualTo("The likely root cause of this incident.");

        UiSupport.goToFinding(robot, workbench, "canary.guardrail-fast");
        Hyperlink parent = robot.lookup("#detail-explained-by").queryAs(Hyperlink.class);
        assertThat(parent.getText()).startsWith("Explained by: Rolling back to v1");
        assertThat(robot.lookup("#detail-explained-why").queryAs(Label.class).getText())
                .startsWith("schema incompatibility → failed rollback");
        robot.interact(parent::fire);
        assertThat(workbench.model().detail().findingProperty().get()).isEqualTo(f);
    }

    /** Every sample's overview opens on the root cause its README documents (the check of that finding). */
    @ParameterizedTest
    @CsvSource({"backfill-leakage, features.leakage", "canary-contamination, canary.traffic-mix",
        "cold-start, serving.cold-start", "feedback-loop, feedback.popularity-loop",
        "nondeterminism, training.nondeterminism", "rollback-incompatibility, deploy.rollback-compat",
        "segment-regression, model.segment-regression", "silent-imputation, data.unseen-category",
        "stale-model, training.staleness"})
    void everySampleOpensOnItsDocumentedRootCause(String sample, String check, FxRobot robot) throws Exception {
        openAndWaitForTheStory(robot, sample);
        Finding root = workbench.model().overview().story().likelyRoot().orElseThrow();
        assertThat(root.check()).isEqualTo(check);
        assertThat(robot.lookup("#story .story-root").queryAs(Hyperlink.class).getText()).isEqualTo(root.title());
    }

    @Test
    void aMatrixCellOpensItsFinding(FxRobot robot) throws Exception {
        openAndWaitForTheStory(robot, "silent-imputation");
        Hyperlink cell = robot.lookup("#feature-matrix .matrix-cell").queryAllAs(Hyperlink.class).stream()
                .filter(h -> h.getText().equals("✖ 12.0% unseen")).findFirst().orElseThrow();
        robot.interact(cell::fire);
        assertThat(workbench.model().navigation().current()).isInstanceOf(Place.FindingPlace.class);
        assertThat(workbench.model().detail().findingProperty().get().check()).isEqualTo("data.unseen-category");
    }

    @Test
    void whatExplainsTheWindowRanksTheRegressedSegmentFirstAndFollowsASelectedRange(FxRobot robot) throws Exception {
        openAndWaitForTheStory(robot, "segment-regression");
        UiSupport.goToFinding(robot, workbench, "model.segment-regression");
        AttributionViewModel vm = workbench.model().attribution();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !vm.rows().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        TableView<AttributionViewModel.Row> table = UiSupport.table(robot, "attribution-table");
        assertThat(table.getItems().get(0).value()).isEqualTo("user cohort=new");
        assertThat(robot.lookup("#attribution-bars .attribution-top").queryAs(Label.class).getText())
                .isEqualTo("user cohort=new");

        openAndWaitForTheStory(robot, "canary-contamination");
        UiSupport.goToFinding(robot, workbench, "canary.guardrail-slow");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !vm.rows().isEmpty());
        robot.interact(() -> workbench.model().timeRangeProperty().set(new TimeRange(
                Instant.parse("2026-01-15T11:00:00Z"), Instant.parse("2026-01-15T13:20:00Z"))));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.headlineProperty().get().contains("before"));
        assertThat(vm.headlineProperty().get()).contains("Jan 15 11:00–13:20 UTC").contains("the 2.3 h before");
    }
}
