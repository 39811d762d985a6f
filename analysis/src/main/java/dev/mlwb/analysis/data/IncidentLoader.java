package dev.mlwb.analysis.data;

import dev.mlwb.analysis.bundle.Bundle;
import dev.mlwb.analysis.bundle.BundleException;
import dev.mlwb.analysis.bundle.ColumnKey;
import dev.mlwb.analysis.bundle.Comparison;
import dev.mlwb.analysis.bundle.Manifest;
import dev.mlwb.analysis.bundle.Role;
import dev.mlwb.analysis.bundle.SliceKey;
import dev.mlwb.analysis.bundle.SourceFormat;
import dev.mlwb.analysis.bundle.SourceSpec;
import dev.mlwb.analysis.run.Cancellation;
import dev.mlwb.analysis.run.Progress;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads an opened bundle into a fresh DuckDB database: registers every source (a source that
 * fails is reported and left out; the others load), joins labels onto predictions that lack them,
 * merges the sources of one features dataset and all events into one log, and checks the
 * manifest's cross-references (comparisons, critical slices).
 */
public final class IncidentLoader {
    private static final Logger LOG = LoggerFactory.getLogger(IncidentLoader.class);
    private static final List<String> EVENT_KEYS = ColumnKey.of(Role.EVENTS).stream().map(ColumnKey::key).toList();

    private final Bundle bundle;
    private final Database db;
    private final List<LoadIssue> issues = new ArrayList<>();

    private IncidentLoader(Bundle bundle, Database db) {
        this.bundle = bundle;
        this.db = db;
    }

    /**
     * Loads the bundle. The returned data owns the bundle and the database; close it when done.
     *
     * @throws SQLException if DuckDB itself fails (not for bad sources, which become load issues)
     */
    public static IncidentData load(Bundle bundle, Progress progress, Cancellation cancel) throws SQLException {
        Database db = Database.inMemory();
        db.cancelWith(cancel);
        try {
            return new IncidentLoader(bundle, db).run(progress, cancel);
        } catch (SQLException | RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private IncidentData run(Progress progress, Cancellation cancel) throws SQLException {
        Manifest manifest = bundle.manifest();
        db.execute("SET TimeZone = " + Sql.string(duckZone(manifest.timezone())));
        manifest.warnings().forEach(w -> issues.add(new LoadIssue(LoadIssue.Level.WARNING, manifest.file(), w)));
        List<Table> loaded = new ArrayList<>();
        List<DocumentSource> documents = new ArrayList<>();
        SourceLoader loader = new SourceLoader(bundle, db);
        List<SourceSpec> sources = manifest.sources();
        for (int i = 0; i < sources.size(); i++) {
            cancel.throwIfCancelled();
            SourceSpec spec = sources.get(i);
            progress.update((double) i / sources.size(), "Loading " + spec.name());
            try {
                if (spec.format() == SourceFormat.PROMETHEUS) {
                    loaded.add(new PrometheusSource(bundle, db, Clock.systemUTC()).load(spec));
                } else if (spec.format() == SourceFormat.OTLP) {
                    loaded.add(new OtlpLogsSource(bundle, db).load(spec));
                } else if (spec.format() == SourceFormat.MLFLOW) {
                    MlflowSource.Loaded runs = new MlflowSource(bundle, db).load(spec);
                    documents.add(runs.runs());
                    loaded.add(runs.events());
                } else if (spec.role().tabular()) {
                    loaded.add(loader.load(spec));
                } else {
                    List<Path> files = bundle.resolve(spec);
                    documents.add(new DocumentSource(spec, files, files.stream().map(bundle::relative).toList()));
                }
            } catch (BundleException e) {
                cancel.throwIfCancelled();
                LOG.debug("source {} failed", spec.name(), e);
                issues.add(new LoadIssue(LoadIssue.Level.ERROR, spec.name(), e.getMessage()));
            }
        }
        loader.warnings.forEach(w -> issues.add(new LoadIssue(LoadIssue.Level.WARNING, manifest.file(), w)));
        List<Table> tables = new ArrayList<>();
        tables.addAll(mergeFeatures(byRole(loaded, Role.FEATURES)));
        tables.addAll(joinLabels(byRole(loaded, Role.PREDICTIONS), byRole(loaded, Role.LABELS)));
        tables.addAll(byRole(loaded, Role.LABELS));
        tables.addAll(byRole(loaded, Role.METRICS));
        List<Table> events = byRole(loaded, Role.EVENTS);
        if (!events.isEmpty()) {
            tables.add(mergeEvents(events));
        }
        tables.addAll(byRole(loaded, Role.EXPOSURES));
        checkCrossReferences(manifest, tables);
        progress.update(1, "Loaded " + tables.size() + " tables");
        return new IncidentData(bundle, db, tables, documents, issues);
    }

    private static List<Table> byRole(List<Table> tables, Role role) {
        return tables.stream().filter(t -> t.role() == role).toList();
    }

    /** DuckDB (ICU) spelling of a zone: region ids as they are, fixed offsets as GMT+hh:mm. */
    static String duckZone(ZoneId zone) {
        if (zone instanceof ZoneOffset offset) {
            return offset.getTotalSeconds() == 0 ? "UTC" : "GMT" + offset.getId();
        }
        return zone.getId();
    }

    private List<Table> mergeFeatures(List<Table> features) throws SQLException {
        Map<String, List<Table>> byDataset = features.stream()
                .collect(Collectors.groupingBy(Table::name, LinkedHashMap::new, Collectors.toList()));
        List<Table> out = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, List<Table>> e : byDataset.entrySet()) {
            List<Table> parts = e.getValue();
            if (parts.size() == 1) {
                out.add(parts.get(0));
                continue;
            }
            String view = "dataset_" + n++;
            db.execute("CREATE OR REPLACE VIEW " + view + " AS "
                    + parts.stream().map(t -> "SELECT * FROM " + t.view()).collect(Collectors.joining(" UNION ALL BY NAME ")));
            Set<String> keys = new LinkedHashSet<>(parts.get(0).keys());
            parts.forEach(t -> keys.retainAll(t.keys()));
            Map<String, FeatureColumn> feats = new LinkedHashMap<>();
            parts.forEach(t -> t.features().forEach(f -> feats.putIfAbsent(f.name(), f)));
            Set<String> slices = new LinkedHashSet<>();
            parts.forEach(t -> slices.addAll(t.slices()));
            Map<String, String> fts = new LinkedHashMap<>();
            parts.forEach(t -> fts.putAll(t.featureTimestamps()));
            out.add(new Table(Role.FEATURES, e.getKey(), parts.get(0).dataset(), view,
                    parts.stream().flatMap(t -> t.sources().stream()).toList(),
                    parts.stream().flatMap(t -> t.files().stream()).toList(), keys, List.copyOf(slices),
                    List.copyOf(feats.values()), fts, Set.of(), parts.stream().mapToLong(Table::rows).sum()));
        }
        return out;
    }

    /** Predictions without a label column get one from the labels sources, joined by entity. */
    private List<Table> joinLabels(List<Table> predictions, List<Table> labels) throws SQLException {
        if (labels.isEmpty() || predictions.stream().allMatch(p -> p.has("label") || !p.has("entity"))) {
            return predictions;
        }
        String all = "labels_all";
        db.execute("CREATE OR REPLACE VIEW " + all + " AS " + labels.stream()
                .map(l -> "SELECT __entity, __label, " + (l.has("timestamp") ? "__ts" : "CAST(NULL AS TIMESTAMP) AS __ts")
                        + " FROM " + l.view())
                .collect(Collectors.joining(" UNION ALL ")));
        long conflicting = (long) db.scalar("SELECT count(*) FROM (SELECT __entity FROM labels_all "
                + "GROUP BY 1 HAVING count(DISTINCT __label) > 1)");
        if (conflicting > 0) {
            issues.add(new LoadIssue(LoadIssue.Level.WARNING, "labels", conflicting + " entities have both a 0 and a "
                    + "1 label; predictions take each entity's latest label"));
        }
        List<Table> out = new ArrayList<>();
        for (Table p : predictions) {
            if (p.has("label") || !p.has("entity")) {
                out.add(p);
                continue;
            }
            String view = p.view() + "_labelled";
            db.execute("CREATE OR REPLACE VIEW " + view + " AS SELECT p.*, l.__label FROM " + p.view() + " p LEFT JOIN "
                    + "(SELECT __entity, arg_max(__label, coalesce(__ts, TIMESTAMP '1970-01-01')) AS __label FROM "
                    + all + " GROUP BY __entity) l ON p.__entity = l.__entity");
            Set<String> keys = new LinkedHashSet<>(p.keys());
            keys.add("label");
            out.add(new Table(p.role(), p.name(), p.dataset(), view, p.sources(), p.files(), keys, p.slices(),
                    p.features(), p.featureTimestamps(), p.metricKinds(), p.rows()));
        }
        return out;
    }

    /** All events sources as one view with every standard key (NULL where a source lacks it). */
    private Table mergeEvents(List<Table> events) throws SQLException {
        List<String> parts = new ArrayList<>();
        for (Table t : events) {
            List<String> cols = new ArrayList<>();
            cols.add(Sql.string(t.name()) + " AS __source");
            for (String key : EVENT_KEYS) {
                String canonical = ColumnKey.canonical(key);
                cols.add(t.has(key) ? Sql.ident(canonical) : "CAST(NULL AS VARCHAR) AS " + Sql.ident(canonical));
            }
            cols.add("__attrs");
            parts.add("SELECT " + String.join(", ", cols) + " FROM " + t.view());
        }
        db.execute("CREATE OR REPLACE VIEW events_all AS " + String.join(" UNION ALL ", parts));
        return new Table(Role.EVENTS, "events", java.util.Optional.empty(), "events_all",
                events.stream().flatMap(t -> t.sources().stream()).toList(),
                events.stream().flatMap(t -> t.files().stream()).toList(), Set.copyOf(EVENT_KEYS), List.of(),
                List.of(), Map.of(), Set.of(), events.stream().mapToLong(Table::rows).sum());
    }

    private void checkCrossReferences(Manifest manifest, List<Table> tables) {
        Set<String> datasets = tables.stream().filter(t -> t.role() == Role.FEATURES).map(Table::name)
                .collect(Collectors.toSet());
        if (manifest.comparisonsGiven()) {
            for (int i = 0; i < manifest.comparisons().size(); i++) {
                Comparison c = manifest.comparisons().get(i);
                for (String d : List.of(c.reference(), c.current())) {
                    if (!datasets.contains(d)) {
                        issues.add(new LoadIssue(LoadIssue.Level.ERROR, manifest.file(), manifest.file() + ": comparisons["
                                + i + "]: no features dataset named \"" + d + "\" (datasets are: "
                                + String.join(", ", datasets.stream().sorted().toList()) + ")"));
                    }
                }
            }
        }
        Set<String> sliceColumns = tables.stream().flatMap(t -> t.slices().stream()).collect(Collectors.toSet());
        for (int i = 0; i < manifest.criticalSlices().size(); i++) {
            SliceKey k = manifest.criticalSlices().get(i);
            for (String col : k.values().keySet()) {
                if (!sliceColumns.contains(col)) {
                    issues.add(new LoadIssue(LoadIssue.Level.WARNING, manifest.file(), manifest.file()
                            + ": critical_slices[" + i + "]: \"" + col + "\" is not a slice column of any source"));
                }
            }
        }
    }
}
