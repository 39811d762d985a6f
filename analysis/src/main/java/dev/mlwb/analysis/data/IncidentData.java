package dev.mlwb.analysis.data;

import dev.mlwb.analysis.bundle.Bundle;
import dev.mlwb.analysis.bundle.Manifest;
import dev.mlwb.analysis.bundle.Role;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One incident, loaded: the bundle, its DuckDB database with a view per source, and the problems
 * met while loading. Prepared once; every check reads from it. Closing it closes the database and
 * removes an unpacked {@code .zip}.
 */
public final class IncidentData implements AutoCloseable {
    private final Bundle bundle;
    private final Database db;
    private final List<Table> tables;
    private final List<DocumentSource> documents;
    private final List<LoadIssue> issues;
    private final Map<Class<?>, Object> parsed = new ConcurrentHashMap<>();
    private final boolean owner;

    IncidentData(Bundle bundle, Database db, List<Table> tables, List<DocumentSource> documents, List<LoadIssue> issues) {
        this(bundle, db, tables, documents, issues, true);
    }

    private IncidentData(Bundle bundle, Database db, List<Table> tables, List<DocumentSource> documents,
                         List<LoadIssue> issues, boolean owner) {
        this.bundle = bundle;
        this.db = db;
        this.tables = List.copyOf(tables);
        this.documents = List.copyOf(documents);
        this.issues = new ArrayList<>(issues);
        this.owner = owner;
    }

    /**
     * The same incident as if the manifest lacked some sources (by index in {@code sources}): tables
     * made only of those sources are left out. It shares this data's database, and closing it
     * closes nothing. Used to tell which checks a source enables.
     */
    public IncidentData without(java.util.Set<Integer> sourceIndexes) throws SQLException {
        List<Table> kept = new ArrayList<>();
        for (Table t : tables) {
            List<dev.mlwb.analysis.bundle.SourceSpec> left = t.sources().stream()
                    .filter(s -> !sourceIndexes.contains(s.index())).toList();
            if (left.isEmpty()) {
                continue;
            }
            if (left.size() < t.sources().size() && t.role() == Role.EVENTS) {
                kept.add(eventsOf(t, left));
            } else {
                kept.add(t);
            }
        }
        List<DocumentSource> docs = documents.stream().filter(d -> !sourceIndexes.contains(d.spec().index())).toList();
        return new IncidentData(bundle, db, kept, docs, issues(), false);
    }

    public Bundle bundle() {
        return bundle;
    }

    public Manifest manifest() {
        return bundle.manifest();
    }

    public Database db() {
        return db;
    }

    /** Every registered table. */
    public List<Table> tables() {
        return tables;
    }

    public List<Table> tables(Role role) {
        return tables.stream().filter(t -> t.role() == role).toList();
    }

    /** The features dataset of that name (all its sources together). */
    public Optional<Table> features(String dataset) {
        return tables(Role.FEATURES).stream().filter(t -> t.name().equals(dataset)).findFirst();
    }

    /** The predictions dataset of that name. */
    public Optional<Table> predictions(String dataset) {
        return tables(Role.PREDICTIONS).stream().filter(t -> t.name().equals(dataset)).findFirst();
    }

    /** All events sources as one table (with a {@code __source} column), if there are any. */
    public Optional<Table> events() {
        return tables(Role.EVENTS).stream().findFirst();
    }

    public List<Table> metrics() {
        return tables(Role.METRICS);
    }

    /** Metrics sources that map every one of these kinds. */
    public List<Table> metricsWith(String... kinds) {
        return metrics().stream().filter(t -> List.of(kinds).stream().allMatch(t::hasMetric)).toList();
    }

    /** The JSON-document sources of a role (schemas, environments, vocabularies). */
    public List<DocumentSource> documents(Role role) {
        return documents.stream().filter(d -> d.spec().role() == role).toList();
    }

    /** The merged events log restricted to some of its sources (a view filtering on {@code __source}). */
    private Table eventsOf(Table events, List<dev.mlwb.analysis.bundle.SourceSpec> left) throws SQLException {
        String view = events.view() + "_of_" + left.stream().map(s -> String.valueOf(s.index()))
                .collect(java.util.stream.Collectors.joining("_"));
        db.execute("CREATE OR REPLACE TEMP VIEW " + view + " AS SELECT * FROM " + events.view() + " WHERE __source IN ("
                + left.stream().map(s -> Sql.string(s.name())).collect(java.util.stream.Collectors.joining(", ")) + ")");
        return new Table(events.role(), events.name(), events.dataset(), view, left, events.files(), events.keys(),
                events.slices(), events.features(), events.featureTimestamps(), events.metricKinds(), events.rows());
    }

    /** Problems met while loading; errors mean a source is missing from the tables. */
    public synchronized List<LoadIssue> issues() {
        return List.copyOf(issues);
    }

    public boolean hasErrors() {
        return issues().stream().anyMatch(LoadIssue::isError);
    }

    /** Records a problem found after loading (e.g. while parsing a document on first use). */
    public synchronized void report(LoadIssue issue) {
        if (!issues.contains(issue)) {
            issues.add(issue);
        }
    }

    /**
     * A value derived once from this incident and shared by every check that needs it (a parsed
     * document, deployment phases): computed on first request.
     */
    @SuppressWarnings("unchecked")
    public <T> T shared(Class<T> type, SharedValue<T> compute) throws SQLException {
        Object v = parsed.get(type);
        if (v == null) {
            v = compute.compute(this);
            parsed.put(type, v);
        }
        return (T) v;
    }

    /** Computes a shared value. */
    @FunctionalInterface
    public interface SharedValue<T> {
        T compute(IncidentData data) throws SQLException;
    }

    @Override
    public void close() {
        if (owner) {
            db.close();
            bundle.close();
        }
    }
}
