package dev.mlwb.analysis.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * How much DuckDB may use: {@code memory_limit} (default {@value #DEFAULT_MEMORY}; a query that needs more spills to
 * the temporary folder, and only a query that cannot spill fails), the {@code temp_directory} it spills to (default:
 * a folder of this process under {@code java.io.tmpdir}, removed when the database closes) and its worker
 * {@code threads} (default: DuckDB's, one per core). Set them with the system properties
 * {@code mlwb.duckdb.memory_limit}, {@code mlwb.duckdb.temp_directory}, {@code mlwb.duckdb.threads} or the
 * environment variables {@code MLWB_DUCKDB_MEMORY_LIMIT}, {@code MLWB_DUCKDB_TEMP_DIRECTORY},
 * {@code MLWB_DUCKDB_THREADS} (the property wins).
 *
 * @param memoryLimit DuckDB's spelling, e.g. {@code 1GB}, {@code 512MB}
 * @param tempDirectory where to spill
 * @param threads worker threads, 0 for DuckDB's default
 * @param ownsTempDirectory whether the folder is this process's own (and removed on close)
 */
public record DuckDbSettings(String memoryLimit, Path tempDirectory, int threads, boolean ownsTempDirectory) {
    public static final String DEFAULT_MEMORY = "1GB";
    private static final AtomicInteger DATABASES = new AtomicInteger();

    /** The settings from system properties and the environment, with the defaults above. */
    public static DuckDbSettings fromEnvironment() {
        return of(systemProperties(), System.getenv());
    }

    /** Whether the user chose DuckDB's threads (the system property or the environment variable). */
    public static boolean threadsChosen() {
        return setting(systemProperties(), System.getenv(), "threads").isPresent();
    }

    private static Map<String, String> systemProperties() {
        return System.getProperties().entrySet().stream().collect(java.util.stream.Collectors.toMap(
                e -> String.valueOf(e.getKey()), e -> String.valueOf(e.getValue())));
    }

    static DuckDbSettings of(Map<String, String> properties, Map<String, String> env) {
        String memory = setting(properties, env, "memory_limit").orElse(DEFAULT_MEMORY);
        if (!memory.matches("(?i)\\s*[0-9.]+\\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)?\\s*")) {
            throw new IllegalArgumentException("mlwb.duckdb.memory_limit: \"" + memory + "\" is not a size like 1GB or 512MB");
        }
        int threads = setting(properties, env, "threads").map(t -> {
            try {
                return Integer.parseInt(t.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("mlwb.duckdb.threads: \"" + t + "\" is not a whole number", e);
            }
        }).orElse(0);
        java.util.Optional<String> dir = setting(properties, env, "temp_directory");
        Path temp = dir.map(Path::of).orElseGet(() -> Path.of(System.getProperty("java.io.tmpdir"),
                "mlwb-duckdb-" + ProcessHandle.current().pid() + "-" + DATABASES.incrementAndGet()));
        return new DuckDbSettings(memory.trim(), temp, threads, dir.isEmpty());
    }

    private static java.util.Optional<String> setting(Map<String, String> properties, Map<String, String> env, String key) {
        String p = properties.get("mlwb.duckdb." + key);
        if (p != null && !p.isBlank()) {
            return java.util.Optional.of(p);
        }
        String e = env.get("MLWB_DUCKDB_" + key.toUpperCase(Locale.ROOT));
        return e == null || e.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(e);
    }

    /** Removes a spill folder and what DuckDB left in it. */
    static void removeQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a folder left in the temporary directory is harmless
        }
    }
}
