package dev.mlwb.app.ui;

import static dev.mlwb.app.ui.UiSupport.dataSetNames;
import static dev.mlwb.app.ui.UiSupport.go;
import static dev.mlwb.app.ui.UiSupport.goToFinding;
import static dev.mlwb.app.ui.UiSupport.open;
import static dev.mlwb.app.ui.UiSupport.points;
import static dev.mlwb.app.ui.UiSupport.sample;
import static dev.mlwb.app.ui.UiSupport.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.evidence.DatasetQuality;
import dev.mlwb.analysis.evidence.EnvironmentField;
import dev.mlwb.analysis.evidence.FieldDiff;
import dev.mlwb.analysis.evidence.JobRun;
import dev.mlwb.analysis.evidence.LeakageTimeline;
import dev.mlwb.analysis.evidence.ReplicaLane;
import dev.mlwb.analysis.evidence.SegmentRow;
import dev.mlwb.analysis.evidence.SourceIngestion;
import dev.mlwb.analysis.evidence.VersionVerdict;
import dev.mlwb.app.Workbench;
import dev.mlwb.app.evidence.drift.DriftItem;
import dev.mlwb.app.findings.FindingItem;
import dev.mlwb.app.nav.Place;
import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Every sample incident opens with its root-cause findings listed, and every finding type (and
 * every check's evidence) shows its view populated with that incident's data.
 */
class EvidenceViewsUiTest extends WorkbenchWindowTest {
    private void openSample(FxRobot robot, String name) throws Exception {
        open(robot, workbench, sample(name));
        assertThat(workbench.model().issues()).isEmpty();
    }

    private java.util.List<String> checksListed() {
        return workbench.model().findings().items().stream().map(FindingItem::check).toList();
    }

    @Test
    void backfillLeakage(FxRobot robot) throws Exception {
        openSample(robot, "backfill-leakage");
        assertThat(checksListed()).startsWith("model.offline-online-gap", "features.leakage");
        goToFinding(robot, workbench, "model.offline-online-gap");
        TableView<DatasetQuality> quality = table(robot, "model-quality-table");
        assertThat(quality.getItems()).extracting(DatasetQuality::dataset).containsExactly("production",
                "offline-validation");
        assertThat(dataSetNames(robot, "model-quality-chart")).contains("offline beyond the gap");
        goToFinding(robot, workbench, "features.leakage");
        TableView<LeakageTimeline> leakage = table(robot, "leakage-table");
        assertThat(leakage.getItems()).filteredOn(l -> l.violations() > 0).extracting(LeakageTimeline::feature)
                .containsExactlyInAnyOrder("cart adds 7d", "clicks 7d", "sessions 7d");
        assertThat(points(robot, "lookahead-chart")).isGreaterThanOrEqualTo(3);
        assertThat(dataSetNames(robot, "leakage-examples")).contains("lookahead", "feature computed");
        goToFinding(robot, workbench, "data.drift");
        TableView<DriftItem> drift = table(robot, "drift-table");
        assertThat(drift.getItems()).extracting(DriftItem::name).startsWith("cart adds 7d").contains("platform");
        assertThat(drift.getSelectionModel().getSelectedItem().name()).isEqualTo("cart adds 7d");
        assertThat(dataSetNames(robot, "drift-histogram")).contains("training (reference)", "serving (current)");
        assertThat(points(robot, "drift-over-time")).isGreaterThan(5);
        go(robot, workbench, Place.check("data.quality"));
        assertThat(table(robot, "quality-table").getItems()).isNotEmpty();
        go(robot, workbench, Place.check("model.calibration"));
        assertThat(dataSetNames(robot, "reliability-chart")).hasSize(3);
    }

    @Test
    void silentImputation(FxRobot robot) throws Exception {
        openSample(robot, "silent-imputation");
        assertThat(checksListed()).contains("data.drift", "data.unseen-category", "data.imputation", "features.skew");
        goToFinding(robot, workbench, "data.drift");
        assertThat(UiSupport.<DriftItem>table(robot, "drift-table").getSelectionModel().getSelectedItem()).isNotNull();
        assertThat(dataSetNames(robot, "drift-histogram")).contains("serving, unseen category");
        goToFinding(robot, workbench, "data.unseen-category");
        TableView<dev.mlwb.analysis.evidence.CategoryCount> unseen = table(robot, "unseen-table");
        assertThat(unseen.getItems()).filteredOn(c -> c.unseen()).hasSize(3);
        goToFinding(robot, workbench, "data.imputation");
        assertThat(table(robot, "imputation-table").getItems()).hasSizeGreaterThan(3);
        assertThat(dataSetNames(robot, "imputation-chart")).contains("above the limit");
        assertThat(table(robot, "concentration-table").getItems()).isNotEmpty();
        goToFinding(robot, workbench, "features.skew");
        assertThat(table(robot, "skew-examples").getItems()).isNotEmpty();
        assertThat(points(robot, "skew-histogram")).isGreaterThan(4);
        // a feature is a link to everything about it: drift, unseen categories, imputation, quality
        go(robot, workbench, Place.subject(Subject.feature("merchant risk")));
        assertThat(UiSupport.<DriftItem>table(robot, "drift-table").getSelectionModel().getSelectedItem().name()).isEqualTo("merchant risk");
        assertThat(robot.lookup("#imputation-view").tryQuery()).isPresent();
    }

    @Test
    void segmentRegression(FxRobot robot) throws Exception {
        openSample(robot, "segment-regression");
        assertThat(checksListed()).startsWith("model.segment-regression", "model.calibration");
        goToFinding(robot, workbench, "model.segment-regression");
        TableView<SegmentRow> segments = table(robot, "segment-table");
        assertThat(segments.getItems()).anySatisfy(r -> {
            assertThat(r.label()).isEqualTo("new");
            assertThat(r.verdict()).isEqualTo(dev.mlwb.analysis.evidence.SliceVerdict.REGRESSION);
        });
        assertThat(robot.lookup("#segment-chart").tryQuery()).isPresent();
        goToFinding(robot, workbench, "model.calibration");
        assertThat(dataSetNames(robot, "reliability-chart")).hasSize(3).anySatisfy(n ->
                assertThat(n).startsWith("canary v13 — ECE 0.031"));
        assertThat(points(robot, "reliability-counts")).isGreaterThan(10);
        goToFinding(robot, workbench, "data.drift");
        assertThat(UiSupport.<DriftItem>table(robot, "drift-table").getSelectionModel().getSelectedItem().name()).isEqualTo("Model score");
    }

    @Test
    void rollbackIncompatibility(FxRobot robot) throws Exception {
        openSample(robot, "rollback-incompatibility");
        assertThat(checksListed()).contains("deploy.rollback-compat", "canary.guardrail-fast", "canary.guardrail-slow");
        goToFinding(robot, workbench, "deploy.rollback-compat");
        TableView<VersionVerdict> versions = table(robot, "schema-versions");
        assertThat(versions.getItems()).extracting(VersionVerdict::version).containsExactly("v2", "v1", "v0");
        assertThat(versions.getSelectionModel().getSelectedItem().version()).isEqualTo("v1");
        TableView<FieldDiff> fields = table(robot, "schema-fields");
        assertThat(fields.getItems()).filteredOn(FieldDiff::breaks).extracting(FieldDiff::field)
                .containsExactlyInAnyOrder("dwell_time", "session_dwell_rt");
        robot.interact(() -> versions.getSelectionModel().select(2));
        assertThat(fields.getItems()).anySatisfy(f -> assertThat(f.field()).isEqualTo("geo_bucket"));
        goToFinding(robot, workbench, "canary.guardrail-fast");
        assertThat(points(robot, "metric-chart")).isGreaterThan(50);
        goToFinding(robot, workbench, "canary.guardrail-slow");
        assertThat(dataSetNames(robot, "business-rate-chart")).hasSize(2);
        assertThat(dataSetNames(robot, "business-change-chart")).contains("change beyond the limit");
    }

    @Test
    void coldStart(FxRobot robot) throws Exception {
        openSample(robot, "cold-start");
        assertThat(checksListed()).contains("serving.cold-start", "canary.guardrail-fast");
        goToFinding(robot, workbench, "serving.cold-start");
        TableView<ReplicaLane> lanes = table(robot, "replica-table");
        assertThat(lanes.getItems()).hasSize(21);
        assertThat(dataSetNames(robot, "replica-latency-chart")).hasSize(2);
        assertThat(dataSetNames(robot, "replica-lanes-chart")).contains("traffic before ready", "loading (start → ready)");
        // a replica is a link to its lane
        String replica = workbench.model().detail().subjects().get(0).value();
        go(robot, workbench, Place.subject(Subject.replica(replica)));
        assertThat(UiSupport.<ReplicaLane>table(robot, "replica-table").getSelectionModel().getSelectedItem().replica())
                .isEqualTo(replica);
    }

    @Test
    void nondeterminism(FxRobot robot) throws Exception {
        openSample(robot, "nondeterminism");
        goToFinding(robot, workbench, "training.nondeterminism");
        TableView<EnvironmentField> env = table(robot, "environment-table");
        assertThat(env.getColumns()).extracting(c -> c.getText()).contains("train-401", "train-402", "train-403");
        assertThat(env.getItems()).anySatisfy(f -> assertThat(f.differs()).isTrue());
        // the check box and the table of one view, read in one FX event
        java.util.concurrent.atomic.AtomicReference<List<EnvironmentField>> before = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicReference<List<EnvironmentField>> after = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicBoolean selectedBefore = new java.util.concurrent.atomic.AtomicBoolean();
        // the box once filtered nothing after a garbage collection (its binding held the view's model weakly)
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        robot.interact(() -> {
            javafx.scene.Node view = robot.lookup("#environment-diff").query();
            TableView<EnvironmentField> table = robot.from(view).lookup("#environment-table").queryTableView();
            CheckBox only = robot.from(view).lookup("#environment-only-differences").queryAs(CheckBox.class);
            selectedBefore.set(only.isSelected());
            only.setSelected(false);
            before.set(List.copyOf(table.getItems()));
            only.setSelected(true);
            after.set(List.copyOf(table.getItems()));
        });
        assertThat(after.get()).as("rows with only differences (the box was " + (selectedBefore.get() ? "" : "not ")
                + "ticked before)").hasSizeLessThan(before.get().size())
                .allSatisfy(f -> assertThat(f.differs() || f.unpinned()).isTrue());
    }

    @Test
    void staleModel(FxRobot robot) throws Exception {
        openSample(robot, "stale-model");
        assertThat(checksListed()).containsExactly("training.staleness");
        goToFinding(robot, workbench, "training.staleness");
        TableView<JobRun> runs = table(robot, "job-runs");
        assertThat(runs.getItems().get(0).success()).isFalse();
        assertThat(table(robot, "job-streaks").getItems()).hasSize(1);
        assertThat(dataSetNames(robot, "job-history-chart")).contains("failure streak", "success", "failure");
        go(robot, workbench, Place.check("data.freshness"));
        TableView<SourceIngestion> sources = table(robot, "ingestion-table");
        assertThat(sources.getItems()).hasSize(2);
        assertThat(points(robot, "ingestion-chart")).isGreaterThan(10);
    }

    @Test
    void feedbackLoop(FxRobot robot) throws Exception {
        openSample(robot, "feedback-loop");
        goToFinding(robot, workbench, "feedback.popularity-loop");
        assertThat(dataSetNames(robot, "popularity-chart")).containsExactlyInAnyOrder("Gini of exposures",
                "catalog coverage", "top 1 % share");
        assertThat(table(robot, "popularity-windows").getItems()).hasSize(8);
        assertThat(table(robot, "popularity-items").getItems()).isNotEmpty();
    }

    @Test
    void healthyHasNoFindingsAndEveryCheckShowsWhatItExamined(FxRobot robot) throws Exception {
        openSample(robot, "healthy");
        assertThat(workbench.model().findings().items()).isEmpty();
        assertThat(robot.lookup("#overview-findings .label").queryAllAs(Label.class)).anySatisfy(l ->
                assertThat(l.getText()).startsWith("No findings"));
        for (String check : java.util.List.of("data.drift", "data.imputation", "features.skew", "features.leakage",
                "model.segment-regression", "model.offline-online-gap", "canary.traffic-mix", "canary.guardrail-slow")) {
            go(robot, workbench, Place.check(check));
            assertThat(robot.lookup("#check-page .evidence").queryAll()).as(check).isNotEmpty();
        }
    }
}
