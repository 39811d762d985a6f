package dev.mlwb.app.ui;

import static dev.mlwb.app.ui.UiSupport.goToFinding;
import static dev.mlwb.app.ui.UiSupport.open;
import static dev.mlwb.app.ui.UiSupport.sample;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.report.ReportFormat;
import dev.mlwb.app.SampleCopy;
import dev.mlwb.app.Workbench;
import dev.mlwb.app.main.IssueItem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The analyst's notes: typed in the detail pane, saved beside the bundle, back on reopening, in exports; a broken file is never overwritten. */
class NotesUiTest extends WorkbenchWindowTest {
    @TempDir
    Path tmp;

    private Path copyOfSample() throws IOException {
        return SampleCopy.of(sample("nondeterminism"), tmp.resolve("nondeterminism"));
    }

    private void waitForNotes() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !workbench.model().notes().statusProperty().get()
                .startsWith("Loading"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aNoteIsSavedBesideTheBundleComesBackOnReopeningAndIsExported(FxRobot robot) throws Exception {
        Path bundle = copyOfSample();
        open(robot, workbench, bundle);
        waitForNotes();
        Finding f = goToFinding(robot, workbench, "training.nondeterminism");
        TextArea area = robot.lookup("#detail-notes").queryAs(TextArea.class);
        assertThat(area.isDisabled()).isFalse();
        assertThat(area.getText()).isEmpty();

        robot.interact(() -> area.setText("Confirmed: train-402 ran on the new A100 pool.\nOwner: ML platform."));
        robot.interact(() -> workbench.model().notes().save());
        Path file = bundle.resolve("mlwb-notes.json");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> workbench.model().notes().statusProperty().get().startsWith("Saved"));
        assertThat(Files.readString(file)).contains("\"key\" : \"training.nondeterminism [run:train-401, run:train-402, run:train-403]\"")
                .contains("Confirmed: train-402 ran on the new A100 pool.\\nOwner: ML platform.");
        assertThat(robot.lookup("#detail-notes-status").queryAs(Label.class).getText()).contains("mlwb-notes.json");
        // what "Copy as Markdown" puts on the clipboard: the finding's section with its note
        assertThat(workbench.model().notes().markdown()).hasValueSatisfying(md -> assertThat(md)
                .startsWith("### WARNING: " + f.title()).contains("- **Check:** `training.nondeterminism`")
                .contains("- **Note** (").contains("Confirmed: train-402 ran on the new A100 pool."));

        // another finding has its own (empty) note; coming back shows this one
        Finding other = workbench.model().reportProperty().get().findings().stream().filter(x -> x != f).findFirst().orElseThrow();
        UiSupport.go(robot, workbench, dev.mlwb.app.nav.Place.finding(other));
        assertThat(area.getText()).isEmpty();

        Path export = tmp.resolve("report.md");
        java.util.List<String> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
        robot.interact(() -> workbench.model().export(export, ReportFormat.MARKDOWN, errors::add));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(export) || !errors.isEmpty());
        assertThat(errors).isEmpty();
        assertThat(Files.readString(export)).contains("- **Note** (").contains("Confirmed: train-402 ran on the new A100 pool.");

        // reopened, the note is back under its finding
        open(robot, workbench, bundle);
        waitForNotes();
        goToFinding(robot, workbench, "training.nondeterminism");
        assertThat(robot.lookup("#detail-notes").queryAs(TextArea.class).getText())
                .isEqualTo("Confirmed: train-402 ran on the new A100 pool.\nOwner: ML platform.");
    }

    @Test
    void aBrokenNotesFileIsReportedAndNeverOverwritten(FxRobot robot) throws Exception {
        Path bundle = copyOfSample();
        Path file = bundle.resolve("mlwb-notes.json");
        String broken = "{\"format\": \"mlwb-notes/1\", \"notes\": [ {\"key\": \"k\" \"text\": \"lost?\"} ]}";
        Files.writeString(file, broken);
        open(robot, workbench, bundle);
        waitForNotes();
        assertThat(workbench.model().issues()).extracting(IssueItem::message)
                .anyMatch(m -> m.startsWith("mlwb-notes.json: line 1, column") && m.contains("not saved"));
        assertThat(workbench.model().reportProperty().get().findings()).isNotEmpty();

        goToFinding(robot, workbench, "training.nondeterminism");
        TextArea area = robot.lookup("#detail-notes").queryAs(TextArea.class);
        assertThat(area.isDisabled()).isTrue();
        assertThat(robot.lookup("#detail-notes-status").queryAs(Label.class).getText()).startsWith("Notes are off");
        robot.interact(() -> workbench.model().notes().save());
        assertThat(Files.readString(file)).isEqualTo(broken);
    }
}
