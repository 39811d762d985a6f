package dev.mlwb.app.main;

import dev.mlwb.app.nav.Place;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Keys that work everywhere: F5 toggles presentation mode (Esc leaves it), Alt+Left / Alt+Right
 * and the mouse's back / forward buttons walk the history, Alt+Home opens the overview, and in
 * presentation mode Page Down / Page Up (what presentation clickers send) step through the findings,
 * as Ctrl+Page Down / Ctrl+Page Up do in both modes.
 */
final class WorkbenchKeys {
    private final MainViewModel model;

    WorkbenchKeys(MainViewModel model) {
        this.model = model;
    }

    void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.BACK) {
                model.navigation().back();
                e.consume();
            } else if (e.getButton() == MouseButton.FORWARD) {
                model.navigation().forward();
                e.consume();
            }
        });
    }

    private void key(KeyEvent e) {
        boolean typing = e.getTarget() instanceof TextInputControl;
        boolean presenting = model.presentationProperty().get();
        if (e.getCode() == KeyCode.F5 || presenting && e.getCode() == KeyCode.ESCAPE) {
            model.togglePresentation();
        } else if (e.isAltDown() && e.getCode() == KeyCode.LEFT) {
            model.navigation().back();
        } else if (e.isAltDown() && e.getCode() == KeyCode.RIGHT) {
            model.navigation().forward();
        } else if (e.isAltDown() && e.getCode() == KeyCode.HOME) {
            model.navigation().go(Place.overview());
        } else if (e.isShortcutDown() && e.getCode() == KeyCode.PAGE_DOWN) {
            model.nextFinding();
        } else if (e.isShortcutDown() && e.getCode() == KeyCode.PAGE_UP) {
            model.previousFinding();
        } else if (presenting && (e.getCode() == KeyCode.PAGE_DOWN || !typing && e.getCode() == KeyCode.SPACE)) {
            model.nextFinding();
        } else if (presenting && e.getCode() == KeyCode.PAGE_UP) {
            model.previousFinding();
        } else {
            return;
        }
        e.consume();
    }
}
