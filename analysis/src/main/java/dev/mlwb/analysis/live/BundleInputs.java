package dev.mlwb.analysis.live;

import dev.mlwb.analysis.bundle.Bundle;
import dev.mlwb.analysis.bundle.BundleException;
import dev.mlwb.analysis.bundle.BundleOpener;
import dev.mlwb.analysis.bundle.Manifest;
import dev.mlwb.analysis.bundle.PrometheusServer;
import dev.mlwb.analysis.bundle.SourceFormat;
import dev.mlwb.analysis.bundle.SourceSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What a bundle reads, for watching it: every file its sources name (globs resolved again each time,
 * so new matching files count), the MLflow folders, the manifest itself; and whether it has live
 * sources (a Prometheus server, an MLflow server) that must be polled, and how often.
 *
 * @param files path → size and modification time, the stamp whose change means the data changed
 * @param liveRefresh how often to ask the live sources again, if there are any
 * @param problem why the bundle could not be opened now (a manifest being edited), if it could not
 */
public record BundleInputs(Map<Path, String> files, Optional<Duration> liveRefresh, Optional<String> problem) {
    private static final Duration MLFLOW_REFRESH = Duration.ofSeconds(30);

    public BundleInputs {
        files = Map.copyOf(files);
    }

    /** Reads the inputs of the bundle at {@code opened} (a folder, its manifest, or a zip). */
    public static BundleInputs of(Path opened) {
        Map<Path, String> files = new TreeMap<>();
        Path p = opened.toAbsolutePath().normalize();
        if (!Files.isDirectory(p)) {
            stamp(p, files);
            if (p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
                return new BundleInputs(files, Optional.empty(), Optional.empty());
            }
        } else {
            BundleOpener.MANIFEST_NAMES.forEach(n -> stamp(p.resolve(n), files));
        }
        try (Bundle bundle = BundleOpener.open(opened)) {
            Manifest m = bundle.manifest();
            Optional<Duration> refresh = Optional.empty();
            for (SourceSpec s : m.sources()) {
                refresh = min(refresh, refresh(s));
                if (s.live()) {
                    continue;
                }
                for (Path f : paths(bundle, s)) {
                    if (Files.isDirectory(f)) {
                        walk(f, files);
                    } else {
                        stamp(f, files);
                    }
                }
            }
            return new BundleInputs(files, refresh, Optional.empty());
        } catch (BundleException e) {
            return new BundleInputs(files, Optional.empty(), Optional.of(e.getMessage()));
        }
    }

    /** Whether the bundle has sources that only polling can see change. */
    public boolean live() {
        return liveRefresh.isPresent();
    }

    /** The files whose stamp differs between two readings (added, removed or changed). */
    public List<Path> changedSince(BundleInputs before) {
        List<Path> out = new ArrayList<>();
        files.forEach((f, s) -> {
            if (!s.equals(before.files.get(f))) {
                out.add(f);
            }
        });
        before.files.keySet().stream().filter(f -> !files.containsKey(f)).forEach(out::add);
        return out;
    }

    private static List<Path> paths(Bundle bundle, SourceSpec s) {
        List<Path> out = new ArrayList<>();
        try {
            if (s.format() == SourceFormat.PROMETHEUS) {
                for (Map.Entry<String, String> e : s.metrics().entrySet()) {
                    out.add(bundle.resolve(s, "metrics." + e.getKey(), e.getValue(), false));
                }
            } else if (s.format() == SourceFormat.MLFLOW) {
                out.add(bundle.resolve(s, "path", s.path(), true));
            } else {
                out.addAll(bundle.resolve(s));
            }
        } catch (BundleException e) {
            out.add(bundle.root().resolve(s.path()));
        }
        return out;
    }

    private static Optional<Duration> refresh(SourceSpec s) {
        if (s.prometheus().isPresent()) {
            return s.prometheus().map(PrometheusServer::refresh);
        }
        return s.live() ? Optional.of(MLFLOW_REFRESH) : Optional.empty();
    }

    private static Optional<Duration> min(Optional<Duration> a, Optional<Duration> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isEmpty() || a.get().compareTo(b.get()) <= 0 ? a : b;
    }

    private static void walk(Path dir, Map<Path, String> files) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(Files::isRegularFile).forEach(f -> stamp(f, files));
        } catch (IOException e) {
            files.put(dir, "unreadable");
        }
    }

    private static void stamp(Path f, Map<Path, String> files) {
        try {
            BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
            files.put(f, a.size() + "@" + a.lastModifiedTime().toMillis());
        } catch (IOException e) {
            files.put(f, "missing");
        }
    }
}
