package dev.mlwb.analysis.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbSettingsTest {
    @TempDir
    Path dir;

    @Test
    void defaultsToOneGigabyteAndAFolderOfTheProcessThatIsRemovedOnClose() throws Exception {
        DuckDbSettings s = DuckDbSettings.of(Map.of(), Map.of());
        assertThat(s.memoryLimit()).isEqualTo("1GB");
        assertThat(s.ownsTempDirectory()).isTrue();
        assertThat(s.tempDirectory().getFileName().toString()).startsWith("mlwb-duckdb-" + ProcessHandle.current().pid());
        try (Database db = Database.inMemory()) {
            assertThat(db.first("SELECT current_setting('memory_limit') AS m").orElseThrow().str("m", ""))
                    .isIn("953.6 MiB", "1000.0 MB", "1.0 GB", "953.6MiB");
        }
    }

    @Test
    void aPropertyWinsOverTheEnvironmentAndBadValuesAreNamed() {
        DuckDbSettings s = DuckDbSettings.of(Map.of("mlwb.duckdb.memory_limit", "512MB",
                "mlwb.duckdb.temp_directory", dir.toString()), Map.of("MLWB_DUCKDB_MEMORY_LIMIT", "4GB",
                "MLWB_DUCKDB_THREADS", "2"));
        assertThat(s.memoryLimit()).isEqualTo("512MB");
        assertThat(s.tempDirectory()).isEqualTo(dir);
        assertThat(s.ownsTempDirectory()).isFalse();
        assertThat(s.threads()).isEqualTo(2);
        assertThatThrownBy(() -> DuckDbSettings.of(Map.of("mlwb.duckdb.memory_limit", "lots"), Map.of()))
                .hasMessageContaining("mlwb.duckdb.memory_limit: \"lots\" is not a size");
        assertThatThrownBy(() -> DuckDbSettings.of(Map.of(), Map.of("MLWB_DUCKDB_THREADS", "two")))
                .hasMessageContaining("mlwb.duckdb.threads");
    }

    @Test
    void aQueryLargerThanTheLimitSpillsToTheFolderInsteadOfFailing() throws Exception {
        System.setProperty("mlwb.duckdb.memory_limit", "64MB");
        System.setProperty("mlwb.duckdb.temp_directory", dir.toString());
        try (Database db = Database.inMemory()) {
            // a grouping of 8M distinct keys (a hash table of hundreds of MB) does not fit in 64 MB
            double n = db.scalar("SELECT count(*) FROM (SELECT i % 8000000 AS k, count(*) AS c FROM range(8000000) t(i) "
                    + "GROUP BY k)");
            assertThat(n).isEqualTo(8_000_000);
        } finally {
            System.clearProperty("mlwb.duckdb.memory_limit");
            System.clearProperty("mlwb.duckdb.temp_directory");
        }
        assertThat(Files.exists(dir)).as("a folder the user named is left in place").isTrue();
    }
}
