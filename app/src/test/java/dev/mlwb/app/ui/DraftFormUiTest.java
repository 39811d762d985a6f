package dev.mlwb.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.app.SampleCopy;
import dev.mlwb.app.Workbench;
import dev.mlwb.app.draft.CheckRow;
import dev.mlwb.app.draft.FileRow;
import dev.mlwb.app.draft.MappingRow;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Opening a folder without a manifest offers the draft in a form; saving it opens the bundle with its findings. */
class DraftFormUiTest extends WorkbenchWindowTest {
    @TempDir
    Path tmp;

    @Test
    void aFolderWithoutAManifestGetsADraftToEditAndSave(FxRobot robot) throws Exception {
        Path sample = UiSupport.sample("canary-contamination");
        Path folder = SampleCopy.withoutManifest(sample, tmp.resolve("cc"));
        robot.interact(() -> workbench.view().open(folder));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#draft-coverage").tryQueryAs(Label.class)
                .map(l -> l.getText().startsWith("6 of 19 checks can run")).orElse(false));
        ListView<FileRow> files = robot.lookup("#draft-files").queryListView();
        assertThat(files.getItems()).extracting(FileRow::role).containsExactly("NOT PLACED", "EVENTS", "METRICS");
        robot.clickOn("metrics/serving_by_minute.csv");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#draft-key-arm").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ChoiceBox<String> arm = robot.lookup("#draft-key-arm").queryAs(ChoiceBox.class);
        assertThat(arm.getValue()).isEqualTo("model");
        assertThat(arm.getItems()).startsWith(MappingRow.NONE, "minute", "model");
        robot.interact(() -> arm.setValue(MappingRow.NONE));
        ListView<CheckRow> checks = robot.lookup("#draft-checks").queryListView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> checks.getItems().stream()
                .anyMatch(c -> c.id().equals("canary.traffic-mix") && !c.enabled()));
        // the mapping rows are rebuilt once the checks are known: find the choice again on the FX thread
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ChoiceBox<String> armAgain = robot.lookup("#draft-key-arm").queryAs(ChoiceBox.class);
            armAgain.setValue("model");
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> checks.getItems().stream()
                .anyMatch(c -> c.id().equals("canary.traffic-mix") && c.enabled()));
        robot.clickOn("#draft-save");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> workbench.model().reportProperty().get() != null
                && !workbench.model().runningProperty().get());
        assertThat(folder.resolve("incident.yaml")).exists();
        assertThat(robot.lookup("#draft-form").tryQuery()).isEmpty();
        assertThat(workbench.model().findings().countsProperty().get()).startsWith("4 critical");
        assertThat(workbench.settings().recent()).first().isEqualTo(folder.toAbsolutePath().normalize().toString());
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.Menu recent = (javafx.scene.control.Menu) bar.getMenus().get(0).getItems().stream()
                .filter(i -> "recent-menu".equals(i.getId())).findFirst().orElseThrow();
        assertThat(recent.getItems().get(0).getText()).isEqualTo("1  " + folder.toAbsolutePath().normalize());
        assertThat(recent.getItems().get(0).isDisable()).isFalse();
    }
}
