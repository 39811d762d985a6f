package dev.mlwb.app.ui;

import dev.mlwb.app.Workbench;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A UI test of the workbench's window: a fresh workbench at 1280x800 in TestFX's primary stage for each
 * test, closed after it. (TestFX calls only a test class's own {@code @Start} methods, so the stage is set up
 * here, after the extension has registered it.)
 */
@ExtendWith(ApplicationExtension.class)
abstract class WorkbenchWindowTest {
    protected Workbench workbench;

    @BeforeEach
    void openWorkbench() throws TimeoutException {
        FxToolkit.setupStage(stage -> {
            workbench = Workbench.into(stage, 1280, 800);
            stage.show();
        });
    }

    @AfterEach
    void closeWorkbench() {
        if (workbench != null) {
            workbench.close();
        }
    }
}
