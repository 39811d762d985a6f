package dev.mlwb.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.app.Workbench;
import dev.mlwb.app.evidence.SliceRowItem;
import dev.mlwb.app.findings.FindingItem;
import dev.mlwb.app.main.IssueItem;
import dev.mlwb.app.table.Tables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The workbench opens the canary-contamination sample, lists its findings and shows the slice breakdown. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchUiTest {
    private static final Path SAMPLE = Path.of(System.getProperty("mlwb.samples.dir", "../sample-incidents"))
            .resolve("canary-contamination");

    private Workbench workbench;

    @Start
    void start(Stage stage) {
        workbench = Workbench.into(stage, 1280, 800);
        stage.show();
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    private void openAndWait(FxRobot robot, Path bundle) throws Exception {
        robot.interact(() -> workbench.model().open(bundle));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !workbench.model().runningProperty().get()
                && (!workbench.model().findings().items().isEmpty() || !workbench.model().issues().isEmpty()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void opensTheSampleListsTheFindingsAndShowsTheSliceTable(FxRobot robot) throws Exception {
        openAndWait(robot, SAMPLE);
        ListView<FindingItem> list = robot.lookup("#findings-list").queryListView();
        // the four root-cause findings first, then the slow guardrail's warning about thin canary conversions
        assertThat(list.getItems()).extracting(FindingItem::badge)
                .containsExactly("CRITICAL", "CRITICAL", "CRITICAL", "CRITICAL", "WARNING");
        assertThat(robot.lookup("#finding-counts").queryAs(Label.class).getText())
                .isEqualTo("4 critical · 1 warning · 0 info");
        assertThat(robot.lookup("#incident-title").queryAs(Label.class).getText()).startsWith("Mobile ranker v42");

        robot.clickOn(robot.from(list).lookup(".list-cell").nth(0).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#detail-title").queryAs(Label.class).getText())
                .isEqualTo("Canary receives no traffic from os android");
        TableView<SliceRowItem> table = robot.lookup("#slice-table").queryTableView();
        assertThat(table.getItems()).extracting(i -> i.row().label()).containsExactly("android", "ios");
        assertThat(table.getItems().get(0).verdict()).isEqualTo("no canary traffic");
        assertThat(table.getItems().get(0).canaryShare()).isEqualTo("0.0%");
        assertThat(robot.lookup("#slice-chart").tryQuery()).isPresent();
        assertThat(Tables.tsv(table)).startsWith("Slice\tBase share\tCanary share\tRatio")
                .contains("android  ★\t61.1%\t0.0%\t0×");
    }

    @Test
    void keyboardMovesThroughTheFindingsAndTheSliceGuardShowsRates(FxRobot robot) throws Exception {
        openAndWait(robot, SAMPLE);
        robot.clickOn("#findings-list");
        robot.type(javafx.scene.input.KeyCode.HOME);
        robot.type(javafx.scene.input.KeyCode.DOWN, 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#detail-verdict").queryAs(Label.class).getText()).isEqualTo("CRITICAL  ·  canary.slice-guard");
        TableView<SliceRowItem> table = robot.lookup("#slice-table").queryTableView();
        assertThat(table.getColumns()).extracting(c -> c.getText()).contains("Base CTR", "Canary CTR", "Change", "p");
        assertThat(table.getItems().get(0).row().label()).isEqualTo("android");
        assertThat(table.getItems().get(0).bad()).isTrue();
    }

    @Test
    void aBrokenBundleShowsItsErrorAndKeepsTheOpenIncident(FxRobot robot, @TempDir Path tmp) throws Exception {
        openAndWait(robot, SAMPLE);
        Files.writeString(tmp.resolve("incident.yaml"), "format: mlwb-incident/1\ntitle: [broken\n");
        openAndWait(robot, tmp);
        ListView<IssueItem> issues = robot.lookup("#load-issues").queryListView();
        assertThat(issues.getItems()).anySatisfy(i -> {
            assertThat(i.error()).isTrue();
            assertThat(i.message()).startsWith("incident.yaml: line ");
        });
        assertThat(workbench.model().findings().items()).hasSize(5);
        assertThat(robot.lookup("#incident-title").queryAs(Label.class).getText()).startsWith("Mobile ranker v42");
    }
}
