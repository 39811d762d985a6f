package dev.mlwb.app.ui;

import static dev.mlwb.app.ui.UiSupport.open;
import static dev.mlwb.app.ui.UiSupport.sample;
import static dev.mlwb.app.ui.UiSupport.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.time.TimeRange;
import dev.mlwb.app.Workbench;
import dev.mlwb.app.evidence.canary.SliceRowItem;
import dev.mlwb.app.findings.FindingItem;
import dev.mlwb.app.main.IssueItem;
import dev.mlwb.app.nav.Place;
import dev.mlwb.app.overview.CheckItem;
import dev.mlwb.app.table.Tables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The workbench on the canary-contamination sample: overview, findings list and keyboard,
 * navigation by links and history, the shared time range, presentation mode, tables, load errors.
 */
class WorkbenchUiTest extends WorkbenchWindowTest {
    private static final Path SAMPLE = sample("canary-contamination");

    @Test
    void opensOnTheOverviewWithTheRootCausesListedTheTimelineAndWhyChecksWereSkipped(FxRobot robot) throws Exception {
        open(robot, workbench, SAMPLE);
        ListView<FindingItem> list = robot.lookup("#findings-list").queryListView();
        // the four root-cause findings first, then the slow guardrail's warning about thin canary conversions
        assertThat(list.getItems()).extracting(FindingItem::badge)
                .containsExactly("CRITICAL", "CRITICAL", "CRITICAL", "CRITICAL", "WARNING");
        assertThat(list.getItems().get(0).title()).isEqualTo("Canary receives no traffic from os android");
        assertThat(robot.lookup("#finding-counts").queryAs(Label.class).getText())
                .isEqualTo("4 critical · 1 warning · 0 info");
        assertThat(robot.lookup("#incident-title").queryAs(Label.class).getText()).startsWith("Mobile ranker v42");
        assertThat(workbench.model().navigation().current()).isEqualTo(Place.overview());
        assertThat(robot.lookup("#overview-description").queryAs(Label.class).getText()).startsWith("Jan 15 2026.");
        assertThat(robot.lookup("#overview-findings .hyperlink").queryAllAs(Hyperlink.class)).hasSize(5);
        TableView<CheckItem> checks = table(robot, "checks-table");
        assertThat(checks.getItems()).hasSize(19);
        assertThat(checks.getItems()).filteredOn(c -> c.id().equals("serving.cold-start")).singleElement()
                .satisfies(c -> assertThat(c.detail()).contains("replica_start"));
        assertThat(UiSupport.dataSetNames(robot, "timeline-chart")).contains("critical finding", "deployment");
        assertThat(workbench.model().overview().timelineProperty().get().lanes())
                .contains("⚑ canary.traffic-mix", "canary start", "rollback");
    }

    @Test
    void aFindingOpensItsViewAndTheKeyboardWalksTheList(FxRobot robot) throws Exception {
        open(robot, workbench, SAMPLE);
        ListView<FindingItem> list = robot.lookup("#findings-list").queryListView();
        robot.clickOn(robot.from(list).lookup(".list-cell").nth(0).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#detail-title").queryAs(Label.class).getText())
                .isEqualTo("Canary receives no traffic from os android");
        TableView<SliceRowItem> slices = table(robot, "slice-table");
        assertThat(slices.getItems()).extracting(i -> i.row().label()).containsExactly("android", "ios");
        assertThat(slices.getItems().get(0).verdict()).isEqualTo("no canary traffic");
        assertThat(UiSupport.points(robot, "slice-chart")).isEqualTo(4);
        assertThat(Tables.tsv(slices)).startsWith("Slice\tBase share\tCanary share\tRatio")
                .contains("android  ★\t61.1%\t0.0%\t0×");
        robot.type(KeyCode.DOWN, 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#detail-verdict").queryAs(Label.class).getText())
                .isEqualTo("CRITICAL  ·  canary.slice-guard");
        TableView<SliceRowItem> rates = table(robot, "slice-table");
        assertThat(rates.getColumns()).extracting(c -> c.getText()).contains("Base CTR", "Canary CTR", "Change", "p");
        assertThat(rates.getItems().get(0).bad()).isTrue();
    }

    @Test
    void subjectsAreLinksAndBackAndForwardWalkTheHistory(FxRobot robot) throws Exception {
        open(robot, workbench, SAMPLE);
        Finding first = UiSupport.goToFinding(robot, workbench, "canary.traffic-mix");
        Hyperlink android = robot.lookup("#detail-subjects .hyperlink").queryAs(Hyperlink.class);
        assertThat(android.getText()).isEqualTo("slice: os=android");
        robot.interact(android::fire);
        assertThat(workbench.model().navigation().current()).isEqualTo(Place.subject(new Subject("slice",
                "os=android")));
        assertThat(robot.lookup("#subject-page-title").queryAs(Label.class).getText()).isEqualTo("os=android");
        // the slice's breakdowns (traffic and CTR), each with the android row brought forward
        TableView<SliceRowItem> focused = table(robot, "slice-table");
        assertThat(focused.getSelectionModel().getSelectedItem().row().slice()).isEqualTo("os=android");
        assertThat(robot.lookup("#slice-table").queryAll()).hasSizeGreaterThanOrEqualTo(2);
        robot.press(KeyCode.ALT).type(KeyCode.LEFT).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workbench.model().navigation().current()).isEqualTo(Place.finding(first));
        assertThat(table(robot, "slice-table").getItems()).isNotEmpty();
        robot.clickOn("#nav-forward");
        assertThat(workbench.model().navigation().current()).isInstanceOf(Place.SubjectPlace.class);
        robot.clickOn("#nav-overview");
        assertThat(workbench.model().navigation().current()).isEqualTo(Place.overview());
        assertThat(UiSupport.<dev.mlwb.app.overview.CheckItem>table(robot, "checks-table").getItems().get(0).id())
                .isEqualTo("canary.traffic-mix");
        // the first row's link (a table keeps spare cells, hidden, from rows it showed before)
        Hyperlink check = robot.lookup("#checks-table .hyperlink").queryAllAs(Hyperlink.class).stream()
                .filter(WorkbenchUiTest::shown).filter(h -> h.getText().equals("canary.traffic-mix")).findFirst().orElseThrow();
        robot.interact(check::fire);
        assertThat(workbench.model().navigation().current()).isEqualTo(Place.check("canary.traffic-mix"));
        assertThat(table(robot, "check-measures").getItems()).isNotEmpty();
    }

    @Test
    void aSelectedTimeRangeFiltersTheFindingsAndEveryTimeChartFollowsIt(FxRobot robot) throws Exception {
        open(robot, workbench, SAMPLE);
        TimeRange slowWindow = new TimeRange(Instant.parse("2026-01-15T09:20:00Z"),
                Instant.parse("2026-01-15T09:50:00Z"));
        robot.interact(() -> workbench.model().timeRangeProperty().set(slowWindow));
        ListView<FindingItem> list = robot.lookup("#findings-list").queryListView();
        // the traffic-mix windows (09:00-11:00) and the slow guardrail's (09:20-09:50) overlap it; slice guards are untimed
        assertThat(list.getItems()).extracting(FindingItem::check)
                .containsExactly("canary.traffic-mix", "canary.traffic-mix", "canary.guardrail-slow");
        assertThat(robot.lookup("#findings-filter").queryAs(Label.class).getText()).startsWith("In Jan 15 09:20–09:50 UTC:"
                + " 3 of 5");
        assertThat(robot.lookup("#range-chip").queryAs(Label.class).getText()).contains("09:20–09:50");
        UiSupport.goToFinding(robot, workbench, "canary.guardrail-slow");
        io.fair_acc.chartfx.XYChart rates = robot.lookup("#business-rate-chart").queryAs(io.fair_acc.chartfx.XYChart.class);
        assertThat(rates.getXAxis().getMin()).isEqualTo(slowWindow.start().getEpochSecond());
        assertThat(rates.getXAxis().getMax()).isEqualTo(slowWindow.end().getEpochSecond());
        robot.clickOn("#range-clear");
        assertThat(list.getItems()).hasSize(5);
        assertThat(workbench.model().timeRangeProperty().get()).isNull();
    }

    @Test
    void zoomingIntoTheTimelineSelectsItsRange(FxRobot robot) throws Exception {
        open(robot, workbench, SAMPLE);
        io.fair_acc.chartfx.XYChart timeline = robot.lookup("#timeline-chart").queryAs(io.fair_acc.chartfx.XYChart.class);
        double before = timeline.getXAxis().getMax() - timeline.getXAxis().getMin();
        // Wheel up zooms in (ChartFX: positive deltaY), but robots disagree on what "up" sends: Monocle's
        // headless robot and a real display's run opposite ways. Scroll, and if that zoomed out, go back the
        // other way twice as far, so the test zooms in three steps wherever it runs.
        robot.moveTo(timeline).scroll(3, javafx.geometry.VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        if (timeline.getXAxis().getMax() - timeline.getXAxis().getMin() > before) {
            robot.scroll(6, javafx.geometry.VerticalDirection.DOWN);
            WaitForAsyncUtils.waitForFxEvents();
        }
        TimeRange r = workbench.model().timeRangeProperty().get();
        assertThat(r).isNotNull();
        assertThat(r.duration().getSeconds()).isLessThan(Math.round(before));
        assertThat(r.start().getEpochSecond()).isEqualTo(Math.round(timeline.getXAxis().getMin()));
        assertThat(workbench.model().findings().items().size()).isLessThanOrEqualTo(5);
        javafx.scene.control.Button clear = robot.lookup("#clear-range").queryButton();
        robot.interact(clear::fire);
        assertThat(workbench.model().timeRangeProperty().get()).isNull();
        assertThat(timeline.getXAxis().getMax() - timeline.getXAxis().getMin()).isEqualTo(before,
                org.assertj.core.data.Offset.offset(1.0));
    }

    @Test
    void presentationModeHidesTheChromeAndKeepsTheFindingsTitleAndVerdictOnTop(FxRobot robot) throws Exception {
        open(robot, workbench, SAMPLE);
        UiSupport.goToFinding(robot, workbench, "canary.traffic-mix");
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workbench.model().presentationProperty().get()).isTrue();
        assertThat(workbench.view().root().getStyleClass()).contains("presentation");
        assertThat(robot.lookup("#findings-list").tryQuery()).isEmpty();
        assertThat(robot.lookup(".menu-bar").query().isVisible()).isFalse();
        assertThat(robot.lookup("#presentation-bar").query().isVisible()).isTrue();
        Label title = robot.lookup("#detail-title").queryAs(Label.class);
        assertThat(title.isVisible()).isTrue();
        assertThat(title.getFont().getSize()).isGreaterThanOrEqualTo(21);
        assertThat(robot.lookup("#detail-summary").queryAs(Label.class).getFont().getSize()).isGreaterThanOrEqualTo(21);
        robot.type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(title.getText()).isEqualTo("Canary receives no traffic from geo eu, apac and latam");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workbench.model().presentationProperty().get()).isFalse();
        assertThat(robot.lookup("#findings-list").query().isVisible()).isTrue();
    }

    @Test
    void tablesFilterTheirRows(FxRobot robot) throws Exception {
        open(robot, workbench, SAMPLE);
        TableView<CheckItem> checks = table(robot, "checks-table");
        javafx.scene.control.TextField filter = robot.lookup("#checks-table-filter")
                .queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> filter.setText("skipped"));
        assertThat(checks.getItems()).hasSize(13).allSatisfy(c -> assertThat(c.outcome()).isEqualTo("skipped"));
        assertThat(Tables.tsv(checks).lines().count()).isEqualTo(14);
    }

    @Test
    void aBrokenBundleShowsItsErrorAndKeepsTheOpenIncident(FxRobot robot, @TempDir Path tmp) throws Exception {
        open(robot, workbench, SAMPLE);
        Files.writeString(tmp.resolve("incident.yaml"), "format: mlwb-incident/1\ntitle: [broken\n");
        open(robot, workbench, tmp);
        ListView<IssueItem> issues = robot.lookup("#load-issues").queryListView();
        assertThat(issues.getItems()).anySatisfy(i -> {
            assertThat(i.error()).isTrue();
            assertThat(i.message()).startsWith("incident.yaml: line ");
        });
        assertThat(workbench.model().findings().items()).hasSize(5);
        assertThat(robot.lookup("#incident-title").queryAs(Label.class).getText()).startsWith("Mobile ranker v42");
    }

    private static boolean shown(javafx.scene.Node n) {
        for (javafx.scene.Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
