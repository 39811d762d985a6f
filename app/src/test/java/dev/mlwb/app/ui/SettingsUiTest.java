package dev.mlwb.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.app.Workbench;
import dev.mlwb.app.session.AnalysisService;
import dev.mlwb.app.settings.Settings;
import dev.mlwb.app.settings.SettingsStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's size, the findings list's width and the recent bundles are saved when the window
 * closes and come back in the next session. (The shared primary stage is never resized: Monocle's
 * headless painter does not take it well.)
 */
@ExtendWith(ApplicationExtension.class)
class SettingsUiTest {
    private Workbench firstSession;
    private Stage firstStage;

    @Start
    void start(Stage stage) throws java.io.IOException {
        Files.deleteIfExists(settingsDir().resolve("settings.json"));
        firstStage = stage;
        firstSession = Workbench.into(stage, 1280, 800, new AnalysisService(), SettingsStore.at(settingsDir()));
        stage.show();
    }

    /** This test's settings folder, inside the build's test settings (the {@code @TempDir} comes after {@code @Start}). */
    private static Path settingsDir() {
        return Path.of(System.getProperty(SettingsStore.DIR_PROPERTY), "settings-ui-test");
    }

    @Test
    void theNextSessionGetsTheWindowTheLayoutAndTheRecentBundles(FxRobot robot) throws Exception {
        UiSupport.open(robot, firstSession, UiSupport.sample("stale-model"));
        robot.interact(() -> ((SplitPane) firstSession.view().root().getCenter()).setDividerPositions(0.35));
        WaitForAsyncUtils.waitForFxEvents();
        double width = firstStage.getWidth();
        robot.interact(firstSession::close);
        Settings saved;
        try (SettingsStore store = SettingsStore.at(settingsDir())) {
            saved = store.load();
        }
        assertThat(saved.window()).hasValueSatisfying(w -> assertThat(w.width()).isEqualTo(width));
        assertThat(saved.findingsDivider().getAsDouble()).isCloseTo(0.35, org.assertj.core.data.Offset.offset(0.01));
        assertThat(saved.recent()).singleElement().satisfies(r -> assertThat(r).endsWith("stale-model"));
        try (SettingsStore store = SettingsStore.at(settingsDir())) {
            store.save(saved.withWindow(new Settings.WindowGeometry(40, 30, 1100, 720, false)));
        }

        AtomicReference<Workbench> second = new AtomicReference<>();
        robot.interact(() -> {
            Stage s = new Stage();
            second.set(Workbench.into(s, 1280, 800, new AnalysisService(), SettingsStore.at(settingsDir())));
            s.show();
        });
        try {
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(second.get().scene().getWidth()).isEqualTo(1100.0);
            assertThat(second.get().scene().getHeight()).isEqualTo(720.0);
            assertThat(second.get().settings().recent()).singleElement()
                    .satisfies(r -> assertThat(r).endsWith("stale-model"));
            SplitPane split = (SplitPane) second.get().view().root().getCenter();
            assertThat(split.getDividerPositions()[0]).isCloseTo(0.35, org.assertj.core.data.Offset.offset(0.01));
        } finally {
            robot.interact(() -> {
                second.get().close();
                ((Stage) second.get().scene().getWindow()).close();
            });
        }
    }
}
