package dev.mlwb.app.settings;

import dev.mlwb.analysis.check.CheckReport;
import dev.mlwb.app.main.MainViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalDouble;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The remembered bundles (File > Open Recent: every bundle that opened, most recent first, ten at
 * most) and the window's size and layout, loaded once and saved as they change.
 */
public final class SettingsViewModel implements AutoCloseable {
    private final SettingsStore store;
    private final ObservableList<String> recent = FXCollections.observableArrayList();
    private Settings settings;

    public SettingsViewModel(SettingsStore store, MainViewModel main) {
        this.store = store;
        this.settings = store.load();
        recent.setAll(settings.recent());
        main.reportProperty().addListener((obs, was, is) -> opened(is, was));
    }

    private void opened(CheckReport now, CheckReport before) {
        if (now == null || before != null && before.bundle().equals(now.bundle())) {
            return;
        }
        String path = Path.of(now.bundle()).toAbsolutePath().normalize().toString();
        if (!settings.recent().isEmpty() && settings.recent().get(0).equals(path)) {
            return;
        }
        update(settings.opened(path));
    }

    /** The recent bundles, most recent first. */
    public ObservableList<String> recent() {
        return recent;
    }

    /** Whether a recent bundle is still there (the menu greys out the others). */
    public static boolean exists(String bundle) {
        return Files.exists(Path.of(bundle));
    }

    public void clearRecent() {
        update(settings.withRecent(java.util.List.of()));
    }

    public Optional<Settings.WindowGeometry> window() {
        return settings.window();
    }

    public OptionalDouble findingsDivider() {
        return settings.findingsDivider();
    }

    /** Remembers the window's geometry and the findings list's width (on closing the window). */
    public void remember(Settings.WindowGeometry window, OptionalDouble divider) {
        Settings s = settings.withWindow(window);
        update(divider.isPresent() ? s.withFindingsDivider(divider.getAsDouble()) : s);
    }

    private void update(Settings s) {
        settings = s;
        recent.setAll(s.recent());
        store.save(s);
    }

    @Override
    public void close() {
        store.close();
    }
}
