package dev.mlwb.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings file: round trip, the ten most recent bundles, and a broken file set aside, never lost. */
class SettingsStoreTest {
    @TempDir
    Path tmp;

    @Test
    void savesAndReadsBackRecentBundlesTheWindowAndTheLayout() {
        Settings s = Settings.DEFAULT.opened("/a").opened("/b").opened("/a")
                .withWindow(new Settings.WindowGeometry(10, 20, 1400, 900, false)).withFindingsDivider(0.33);
        assertThat(s.recent()).containsExactly("/a", "/b");
        try (SettingsStore store = SettingsStore.at(tmp)) {
            store.save(s);
        }
        try (SettingsStore store = SettingsStore.at(tmp)) {
            Settings read = store.load();
            assertThat(read).isEqualTo(s);
        }
        assertThat(tmp.resolve("settings.json")).content().contains("\"format\" : \"mlwb-settings/1\"");
    }

    @Test
    void keepsTheTenMostRecent() {
        Settings s = Settings.DEFAULT;
        List<String> opened = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            s = s.opened("/b" + i);
            opened.add(0, "/b" + i);
        }
        assertThat(s.recent()).containsExactlyElementsOf(opened.subList(0, 10));
    }

    @Test
    void aBrokenFileIsSetAsideBeforeTheNextSave() throws Exception {
        Files.writeString(tmp.resolve("settings.json"), "{not json");
        try (SettingsStore store = SettingsStore.at(tmp)) {
            assertThat(store.load()).isEqualTo(Settings.DEFAULT);
            store.save(Settings.DEFAULT.opened("/x"));
        }
        assertThat(tmp.resolve("settings.json.bad")).content().isEqualTo("{not json");
        try (SettingsStore store = SettingsStore.at(tmp)) {
            assertThat(store.load().recent()).containsExactly("/x");
        }
    }

    @Test
    void testsNeverTouchTheUsersOwnSettings() {
        assertThat(System.getProperty(SettingsStore.DIR_PROPERTY)).as("set by the build for every test").isNotBlank();
        assertThat(SettingsStore.user().file().orElseThrow().toString())
                .startsWith(System.getProperty(SettingsStore.DIR_PROPERTY));
    }
}
