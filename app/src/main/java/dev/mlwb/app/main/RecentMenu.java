package dev.mlwb.app.main;

import dev.mlwb.app.settings.SettingsViewModel;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/** File > Open Recent: the bundles opened last, most recent first; ones that are gone are greyed out. */
final class RecentMenu {
    private final SettingsViewModel settings;
    private final Consumer<Path> open;
    private final Menu menu = new Menu("Open Recent");

    RecentMenu(SettingsViewModel settings, Consumer<Path> open) {
        this.settings = settings;
        this.open = open;
        menu.setId("recent-menu");
        settings.recent().addListener((ListChangeListener<String>) c -> rebuild());
        menu.setOnShowing(e -> rebuild());
        rebuild();
    }

    private void rebuild() {
        menu.getItems().clear();
        int n = 0;
        for (String bundle : settings.recent()) {
            MenuItem item = new MenuItem(++n + "  " + bundle);
            item.setMnemonicParsing(false);
            item.setDisable(!SettingsViewModel.exists(bundle));
            item.setOnAction(e -> open.accept(Path.of(bundle)));
            menu.getItems().add(item);
        }
        MenuItem clear = new MenuItem("Clear Recent");
        clear.setDisable(settings.recent().isEmpty());
        clear.setOnAction(e -> settings.clearRecent());
        if (!menu.getItems().isEmpty()) {
            menu.getItems().add(new SeparatorMenuItem());
        }
        menu.getItems().add(clear);
    }

    Menu menu() {
        return menu;
    }
}
