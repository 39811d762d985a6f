package dev.mlwb.analysis.data;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mlwb.analysis.bundle.Bundle;
import dev.mlwb.analysis.bundle.BundleException;
import dev.mlwb.analysis.bundle.ColumnKey;
import dev.mlwb.analysis.bundle.MlflowTracking;
import dev.mlwb.analysis.bundle.Role;
import dev.mlwb.analysis.bundle.SourceSpec;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An {@code environments} source of MLflow training runs (a tracking folder or server). The runs go
 * into a DuckDB table ({@code mlflow_N}: one row per run with its fingerprint fields), which the
 * environment checks read as fingerprints; and each run's start and end become {@code job} events of
 * the events log (job name: the experiment; status: success, failure or killed; attributes {@code run},
 * {@code run_id}, {@code model_version}), for {@code training.staleness}.
 */
final class MlflowSource {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Bundle bundle;
    private final Database db;

    MlflowSource(Bundle bundle, Database db) {
        this.bundle = bundle;
        this.db = db;
    }

    /** What an MLflow source gives: its runs as an environments document, and their job events. */
    record Loaded(DocumentSource runs, Table events) {
    }

    Loaded load(SourceSpec spec) throws BundleException, SQLException {
        MlflowTracking tracking = spec.mlflow().orElse(MlflowTracking.FOLDER);
        List<MlflowRun> runs;
        List<Path> files;
        String shown;
        if (tracking.url().isPresent()) {
            shown = tracking.url().get().toString();
            files = List.of();
            try {
                runs = MlflowRest.read(tracking, shown);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BundleException(shown, "", "interrupted while asking the server", e);
            }
        } else {
            Path folder = bundle.resolve(spec, "path", spec.path(), true);
            shown = bundle.relative(folder);
            files = List.of(folder);
            runs = MlflowFolder.read(folder, tracking.experiments(), shown);
        }
        if (runs.isEmpty()) {
            throw new BundleException(shown, "", "holds no MLflow runs" + (tracking.experiments().isEmpty() ? ""
                    : " in experiments " + String.join(", ", tracking.experiments())));
        }
        String table = "mlflow_" + spec.index();
        store(table, runs);
        String view = "src_" + spec.index();
        db.execute("CREATE OR REPLACE TABLE " + view + " AS " + events(table));
        long rows = (long) db.scalar("SELECT count(*) FROM " + view);
        Set<String> keys = new LinkedHashSet<>(ColumnKey.of(Role.EVENTS).stream().map(ColumnKey::key).toList());
        Table events = new Table(Role.EVENTS, spec.name(), Optional.empty(), view, List.of(spec), List.of(shown), keys,
                List.of(), List.of(), Map.of(), Set.of(), rows);
        return new Loaded(new DocumentSource(spec, files, List.of(shown), Optional.of(table)), events);
    }

    private void store(String table, List<MlflowRun> runs) throws SQLException {
        db.execute("CREATE OR REPLACE TABLE " + table + " (run_id VARCHAR, run VARCHAR, experiment VARCHAR, status VARCHAR, "
                + "started TIMESTAMP, ended TIMESTAMP, model_version VARCHAR, code_version VARCHAR, data_version VARCHAR, "
                + "seed VARCHAR, artifact_sha256 VARCHAR, packages JSON, hardware JSON, metrics JSON, other JSON)");
        Set<String> names = new HashSet<>();
        Set<String> duplicate = new HashSet<>();
        runs.forEach(r -> {
            if (!names.add(r.runName())) {
                duplicate.add(r.runName());
            }
        });
        for (MlflowRun r : runs) {
            String run = duplicate.contains(r.runName()) ? r.runName() + " (" + r.runId() + ")" : r.runName();
            db.execute("INSERT INTO " + table + " VALUES (?, ?, ?, ?, make_timestamp(CAST(? AS BIGINT)), "
                    + "make_timestamp(CAST(? AS BIGINT)), ?, ?, ?, ?, ?, ?, ?, ?, ?)", r.runId(), run, r.experiment(),
                    r.status(), micros(r.start()), micros(r.end()), r.modelVersion().orElse(null),
                    r.codeVersion().orElse(null), r.dataVersion().orElse(null), r.seed().orElse(null),
                    r.artifactSha256().orElse(null), json(r.allPackages()), json(r.hardware()), json(r.metrics()),
                    json(r.other()));
        }
    }

    /** Each run's start (status started) and, once it ended, its end with its outcome. */
    private static String events(String table) {
        String attrs = "json_object('name', experiment, 'status', %s, 'run', run, 'run_id', run_id, 'model_version', "
                + "model_version, 'code_version', code_version, 'data_version', data_version)";
        String outcome = "CASE status WHEN 'FINISHED' THEN 'success' WHEN 'FAILED' THEN 'failure' ELSE 'killed' END";
        return "SELECT started AS __ts, 'job' AS __type, 'info' AS __level, 'mlflow' AS __component, 'run ' || run || "
                + "' of ' || experiment || ' started' AS __message, " + String.format(attrs, "'started'") + " AS __attrs FROM "
                + table + " WHERE started IS NOT NULL UNION ALL SELECT coalesce(ended, started) AS __ts, 'job' AS __type, "
                + "CASE WHEN status = 'FINISHED' THEN 'info' ELSE 'error' END AS __level, 'mlflow' AS __component, 'run ' || "
                + "run || ' of ' || experiment || ' ' || lower(status) AS __message, " + String.format(attrs, outcome)
                + " AS __attrs FROM " + table + " WHERE status IN ('FINISHED', 'FAILED', 'KILLED') AND coalesce(ended, "
                + "started) IS NOT NULL";
    }

    private static Long micros(Optional<Instant> t) {
        return t.map(i -> i.toEpochMilli() * 1000).orElse(null);
    }

    private static String json(Map<String, ?> m) {
        try {
            return JSON.writeValueAsString(m);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a map of text and numbers is always JSON", e);
        }
    }
}
