package dev.mlwb.analysis.data;

import dev.mlwb.analysis.bundle.Bundle;
import dev.mlwb.analysis.bundle.BundleException;
import dev.mlwb.analysis.bundle.PrometheusServer;
import dev.mlwb.analysis.bundle.Role;
import dev.mlwb.analysis.bundle.SourceSpec;
import dev.mlwb.analysis.time.TimeRange;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A metrics source whose series come from Prometheus: a live server asked one {@code query_range}
 * per metric kind, or saved responses of such queries. Each answer goes to a file that DuckDB reads
 * (the JVM never holds the points), and the kinds are joined into one normalised table: a row per
 * time, arm and slice (labels named by {@code arm} and {@code slices}), a column per kind. Series
 * that differ only in labels not mapped are combined: summed for counts, the maximum for latency,
 * CPU and memory (percentiles and levels cannot be added).
 */
final class PrometheusSource {
    private final Bundle bundle;
    private final Database db;
    private final Clock clock;

    PrometheusSource(Bundle bundle, Database db, Clock clock) {
        this.bundle = bundle;
        this.db = db;
        this.clock = clock;
    }

    Table load(SourceSpec spec) throws BundleException, SQLException {
        Optional<PrometheusServer> server = spec.prometheus();
        String shown = server.map(s -> s.url().toString()).orElse(spec.name());
        if (spec.metrics().isEmpty()) {
            throw new BundleException(bundle.manifest().file(), spec.keyPath("metrics"), "maps no metric kind to a "
                    + (server.isPresent() ? "PromQL query" : "saved response file"));
        }
        List<String> labels = mappedLabels(spec);
        Path tmp = null;
        try {
            tmp = server.isPresent() ? Files.createTempDirectory("mlwb-prometheus-") : null;
            List<String> parts = new ArrayList<>();
            List<String> files = new ArrayList<>();
            int i = 0;
            for (Map.Entry<String, String> e : spec.metrics().entrySet()) {
                String kind = e.getKey();
                Path file;
                String where;
                if (server.isPresent()) {
                    file = tmp.resolve(i + ".json");
                    where = shown + " (" + kind + ": " + e.getValue() + ")";
                    fetch(server.get(), e.getValue(), file, where);
                } else {
                    file = bundle.resolve(spec, "metrics." + kind, e.getValue(), false);
                    where = bundle.relative(file);
                    files.add(where);
                }
                PrometheusResponse.check(db, file, where);
                String table = "prom_" + spec.index() + "_" + i++;
                db.execute("CREATE OR REPLACE TEMP TABLE " + table + " AS SELECT " + Sql.string(kind) + " AS kind, labels, t, "
                        + "CASE WHEN isfinite(value) THEN value END AS value FROM " + PrometheusResponse.points(file)
                        + " WHERE t IS NOT NULL");
                parts.add("SELECT * FROM " + table);
            }
            String view = "src_" + spec.index();
            db.execute("CREATE OR REPLACE TABLE " + view + " AS SELECT " + selectList(spec, labels) + " FROM ("
                    + String.join(" UNION ALL ", parts) + ") GROUP BY ALL");
            for (int j = 0; j < i; j++) {
                db.execute("DROP TABLE IF EXISTS prom_" + spec.index() + "_" + j);
            }
            long rows = (long) db.scalar("SELECT count(*) FROM " + view);
            Set<String> keys = new LinkedHashSet<>(List.of("timestamp"));
            spec.column("arm").ifPresent(a -> keys.add("arm"));
            return new Table(Role.METRICS, spec.name(), Optional.empty(), view, List.of(spec),
                    server.isPresent() ? List.of(shown) : files, keys, spec.slices(), List.of(), Map.of(),
                    spec.metrics().keySet(), rows);
        } catch (IOException e) {
            throw new BundleException(shown, "", "cannot keep the server's answer in a temporary file: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BundleException(shown, "", "interrupted while asking the server", e);
        } finally {
            if (tmp != null) {
                deleteTree(tmp);
            }
        }
    }

    private List<String> mappedLabels(SourceSpec spec) throws BundleException {
        List<String> labels = new ArrayList<>(spec.slices());
        for (String l : labels) {
            if (l.startsWith("__")) {
                throw new BundleException(bundle.manifest().file(), spec.keyPath("slices"), "label \"" + l
                        + "\" cannot be a slice (names starting with __ are Prometheus' and the workbench's own)");
            }
        }
        return labels;
    }

    private static String selectList(SourceSpec spec, List<String> slices) {
        List<String> items = new ArrayList<>();
        items.add("make_timestamp(CAST(round(t * 1e6) AS BIGINT)) AS __ts");
        spec.column("arm").ifPresent(a -> items.add(PrometheusResponse.label(a) + " AS __arm"));
        slices.forEach(s -> items.add(PrometheusResponse.label(s) + " AS " + Sql.ident(s)));
        for (String kind : spec.metrics().keySet()) {
            String agg = MetricCombination.isCount(kind) ? "sum" : "max";
            items.add(agg + "(value) FILTER (WHERE kind = " + Sql.string(kind) + ") AS "
                    + Sql.ident(Table.metricColumn(kind)));
        }
        return String.join(", ", items);
    }

    private void fetch(PrometheusServer server, String query, Path target, String where)
            throws BundleException, InterruptedException {
        TimeRange range = server.range(bundle.manifest().window(), clock.instant());
        String base = server.url().toString().replaceAll("/+$", "");
        String form = "query=" + enc(query) + "&start=" + seconds(range.start().toEpochMilli()) + "&end="
                + seconds(range.end().toEpochMilli()) + "&step=" + seconds(server.step().toMillis());
        HttpFetch.postForm(URI.create(base + "/api/v1/query_range"), form, HttpFetch.token(server.tokenEnv(), where),
                target, where);
    }

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? Long.toString(millis / 1000) : String.format(java.util.Locale.ROOT, "%.3f", millis / 1000.0);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static void deleteTree(Path dir) {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(PrometheusSource.class).warn("could not delete {}: {}", dir, e.getMessage());
        }
    }
}
