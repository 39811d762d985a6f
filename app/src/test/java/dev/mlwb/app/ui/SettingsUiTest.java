package dev.mlwb.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.app.Workbench;
import dev.mlwb.app.session.AnalysisService;
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

/** The window's size, the findings list's width and the recent bundles come back in the next session. */
@ExtendWith(ApplicationExtension.class)
class SettingsUiTest {
    private Workbench firstSession;
    private Stage firstStage;

    @Start
    void start(Stage stage) throws java.io.IOException {
        Files.deleteIfExists(settingsDir().resolve("settings.json"));
        firstStage = stage;
        firstSession = Workbench.into(stage, 1000, 700, new AnalysisService(), SettingsStore.at(settingsDir()));
        stage.show();
    }

    /** The folder of this test's settings (the {@code @TempDir} is not injected before {@code @Start}). */
    private static Path settingsDir() {
        return Path.of(System.getProperty(SettingsStore.DIR_PROPERTY), "settings-ui-test");
    }

    @Test
    void theNextSessionGetsTheWindowTheLayoutAndTheRecentBundles(FxRobot robot) throws Exception {
        AtomicReference<Workbench> first = new AtomicReference<>(firstSession);
        AtomicReference<Stage> firstStage = new AtomicReference<>(this.firstStage);
        UiSupport.open(robot, first.get(), UiSupport.sample("stale-model"));
        robot.interact(() -> {
            firstStage.get().setWidth(1120);
            firstStage.get().setHeight(740);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> ((SplitPane) first.get().view().root().getCenter()).setDividerPositions(0.35));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            first.get().close();
        });
        Path tmp = settingsDir();
        assertThat(tmp.resolve("settings.json")).content().contains("\"width\" : 1120.0").contains("stale-model");

        AtomicReference<Workbench> second = new AtomicReference<>();
        robot.interact(() -> {
            Stage s = new Stage();
            second.set(Workbench.into(s, 1000, 700, new AnalysisService(), SettingsStore.at(tmp)));
            s.show();
        });
        try {
            assertThat(second.get().scene().getWindow().getWidth()).isEqualTo(1120.0);
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
