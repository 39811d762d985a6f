package dev.mlwb.app.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mlwb.analysis.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes the settings file ({@code settings.json}, format {@code mlwb-settings/1}) in the
 * user's configuration folder, or in the folder the {@code mlwb.settings.dir} system property names
 * (the tests use it, so they never touch the user's own settings). Writes are atomic and run on a
 * thread of their own, in order. A file that cannot be read is set aside as {@code settings.json.bad}
 * before the next write, never silently lost.
 */
public final class SettingsStore implements AutoCloseable {
    public static final String DIR_PROPERTY = "mlwb.settings.dir";
    static final String FORMAT = "mlwb-settings/1";
    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Optional<Path> file;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "mlwb-settings");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean broken;

    private SettingsStore(Optional<Path> file) {
        this.file = file;
    }

    /** The user's settings: in {@code mlwb.settings.dir} if set, else the platform's configuration folder. */
    public static SettingsStore user() {
        String configured = System.getProperty(DIR_PROPERTY);
        return at(configured != null && !configured.isBlank() ? Path.of(configured) : platformFolder());
    }

    public static SettingsStore at(Path folder) {
        return new SettingsStore(Optional.of(folder.resolve("settings.json")));
    }

    /** Settings kept in memory only (tests, the screenshot tour). */
    public static SettingsStore inMemory() {
        return new SettingsStore(Optional.empty());
    }

    static Path platformFolder() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home", "."));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData != null ? Path.of(appData) : home.resolve("AppData/Roaming")).resolve("mlwb");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Application Support/mlwb");
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".config")).resolve("mlwb");
    }

    public Optional<Path> file() {
        return file;
    }

    /** The saved settings, or the defaults when there are none or they cannot be read. */
    public Settings load() {
        if (file.isEmpty() || !Files.exists(file.get())) {
            return Settings.DEFAULT;
        }
        try {
            return parse(JSON.readTree(file.get().toFile()));
        } catch (IOException | RuntimeException e) {
            broken = true;
            LOG.warn("settings {} cannot be read ({}); starting from the defaults, the file is kept as settings.json.bad",
                    file.get(), e.getMessage());
            return Settings.DEFAULT;
        }
    }

    static Settings parse(JsonNode root) {
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new IllegalArgumentException("not an " + FORMAT + " file");
        }
        List<String> recent = new ArrayList<>();
        root.path("recent").forEach(n -> recent.add(n.asText()));
        JsonNode w = root.path("window");
        Optional<Settings.WindowGeometry> window = w.has("width") ? Optional.of(new Settings.WindowGeometry(
                w.path("x").asDouble(), w.path("y").asDouble(), w.path("width").asDouble(), w.path("height").asDouble(),
                w.path("maximized").asBoolean())) : Optional.empty();
        JsonNode d = root.path("findings_divider");
        return new Settings(recent, window, d.isNumber() ? OptionalDouble.of(d.asDouble()) : OptionalDouble.empty());
    }

    static String render(Settings s) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        s.recent().forEach(root.putArray("recent")::add);
        s.window().ifPresent(w -> {
            ObjectNode n = root.putObject("window");
            n.put("x", w.x());
            n.put("y", w.y());
            n.put("width", w.width());
            n.put("height", w.height());
            n.put("maximized", w.maximized());
        });
        s.findingsDivider().ifPresent(v -> root.put("findings_divider", v));
        return root.toPrettyString() + "\n";
    }

    /** Saves the settings on the store's thread (atomically). */
    public void save(Settings s) {
        if (file.isEmpty()) {
            return;
        }
        Path target = file.get();
        writer.execute(() -> {
            try {
                if (broken && Files.exists(target)) {
                    Files.move(target, target.resolveSibling("settings.json.bad"), StandardCopyOption.REPLACE_EXISTING);
                    broken = false;
                }
                AtomicFiles.write(target, render(s));
            } catch (IOException e) {
                LOG.warn("settings could not be saved to {}: {}", target, e.getMessage());
            }
        });
    }

    /** Waits (a few seconds at most) for the saves to finish. */
    @Override
    public void close() {
        writer.shutdown();
        try {
            writer.awaitTermination(3, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
