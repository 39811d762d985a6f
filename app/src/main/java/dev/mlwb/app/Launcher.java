package dev.mlwb.app;

import javafx.application.Application;

/**
 * The entry point. It does not extend {@link Application}, so the app also starts from a plain
 * class path (a packaged app-image, an IDE) without JavaFX on the module path.
 */
public final class Launcher {
    private Launcher() {
    }

    /** {@code mlwb-app [BUNDLE]}: opens the bundle (a folder, manifest or .zip), else the bundled sample. */
    public static void main(String[] args) {
        Application.launch(WorkbenchApp.class, args);
    }
}
