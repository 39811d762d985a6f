import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Keeps only this machine's DuckDB native library in duckdb_jdbc's jar. The jar carries one
 * library per platform (libduckdb_java.so_linux_amd64, _linux_arm64, _macos_arm64,
 * _windows_amd64: ~240 MB unpacked) and loads the one named after os.name and os.arch, so a
 * package built on a platform needs that platform's library only. Fails, naming the platforms
 * the jar supports, when this machine's library is not in it (DuckDB 2.0 has none for macOS on
 * Intel). Run by build.sh:
 *
 * <pre>java packaging/tools/DuckdbNatives.java path/to/duckdb_jdbc-VERSION.jar</pre>
 */
public final class DuckdbNatives {
    private static final String PREFIX = "libduckdb_java.so_";

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: DuckdbNatives DUCKDB_JDBC_JAR");
            System.exit(2);
        }
        String keep = PREFIX + os() + "_" + arch();
        Path jar = Path.of(args[0]).toAbsolutePath();
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of())) {
            List<Path> natives = new ArrayList<>();
            try (DirectoryStream<Path> root = Files.newDirectoryStream(zip.getPath("/"), PREFIX + "*")) {
                root.forEach(natives::add);
            }
            if (natives.stream().noneMatch(p -> p.getFileName().toString().equals(keep))) {
                System.err.println("DuckdbNatives: " + jar.getFileName() + " has no " + keep + " (it has "
                        + natives.stream().map(p -> p.getFileName().toString()).toList() + ")");
                System.exit(1);
            }
            long removed = 0;
            for (Path p : natives) {
                if (!p.getFileName().toString().equals(keep)) {
                    removed += Files.size(p);
                    Files.delete(p);
                }
            }
            System.out.printf("kept %s, removed %d other native libraries (%d MB)%n", keep, natives.size() - 1,
                    removed >> 20);
        }
    }

    // the same names as org.duckdb.DuckDBNative uses to pick its library
    private static String os() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return "windows";
        }
        if (os.startsWith("mac")) {
            return "macos";
        }
        if (os.startsWith("linux")) {
            return "linux";
        }
        return os;
    }

    private static String arch() {
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        switch (arch) {
            case "x86_64":
            case "amd64":
                return "amd64";
            case "aarch64":
            case "arm64":
                return "arm64";
            default:
                return arch;
        }
    }
}
