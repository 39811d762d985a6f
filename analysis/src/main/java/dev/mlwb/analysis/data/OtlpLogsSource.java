package dev.mlwb.analysis.data;

import dev.mlwb.analysis.bundle.Bundle;
import dev.mlwb.analysis.bundle.BundleException;
import dev.mlwb.analysis.bundle.ColumnKey;
import dev.mlwb.analysis.bundle.Role;
import dev.mlwb.analysis.bundle.SourceSpec;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An events source in the OpenTelemetry logs format (OTLP JSON, as the collector's file exporter
 * writes it: one {@code {"resourceLogs": [...]}} request per line, or one such document), flattened
 * by DuckDB: resourceLogs → scopeLogs → logRecords. Each record becomes an event: its time
 * ({@code timeUnixNano}, else {@code observedTimeUnixNano}), its type (the manifest's {@code type}
 * attribute, else {@code eventName}, {@code event.name}, {@code event.type}, {@code type}, {@code event},
 * else {@code log}), its level ({@code severityText}, else from {@code severityNumber}), its component
 * ({@code service.name}, else the scope's name), its message (the body), and every resource and record
 * attribute as an event attribute (record attributes win).
 */
final class OtlpLogsSource {
    private static final List<String> TYPE_ATTRIBUTES = List.of("event.name", "event.type", "type", "event");

    private final Bundle bundle;
    private final Database db;

    OtlpLogsSource(Bundle bundle, Database db) {
        this.bundle = bundle;
        this.db = db;
    }

    Table load(SourceSpec spec) throws BundleException, SQLException {
        List<Path> files = bundle.resolve(spec);
        List<String> shownFiles = files.stream().map(bundle::relative).toList();
        String shown = bundle.shown(spec, files);
        String list = files.stream().map(p -> Sql.string(p.toString())).collect(Collectors.joining(", ", "[", "]"));
        String view = "src_" + spec.index();
        try {
            db.execute("CREATE OR REPLACE TABLE " + view + " AS WITH docs AS (SELECT json AS d FROM read_json_objects("
                    + list + ", format = 'auto')), rl AS (SELECT unnest(" + array("d", "resourceLogs", "resource_logs")
                    + ") AS rl FROM docs), sl AS (SELECT " + either("rl", "resource.attributes", "resource.attributes")
                    + " AS res, unnest(" + array("rl", "scopeLogs", "scope_logs") + ") AS sl FROM rl), lr AS (SELECT res, "
                    + "json_extract_string(sl, '$.scope.name') AS scope, unnest(" + array("sl", "logRecords", "log_records")
                    + ") AS r FROM sl), rec AS (SELECT r, scope, CAST('{' || concat_ws(',', nullif(" + pairs("res") + ", ''), "
                    + "nullif(" + pairs("json_extract(r, '$.attributes')") + ", '')) || '}' AS JSON) AS attrs FROM lr) SELECT "
                    + timestamp() + " AS __ts, " + type(spec) + " AS __type, " + level(spec) + " AS __level, "
                    + component(spec) + " AS __component, " + message(spec) + " AS __message, attrs AS __attrs FROM rec");
        } catch (SQLException e) {
            throw new BundleException(shown, "", "cannot be read as OTLP JSON logs: "
                    + dev.mlwb.analysis.format.Fmt.firstLine(e, "unreadable"), e);
        }
        Row counts = db.first("SELECT count(*) AS n, count(*) FILTER (WHERE __ts IS NULL) AS untimed FROM " + view)
                .orElseThrow();
        if (counts.lng("n") == 0) {
            throw new BundleException(shown, "", "holds no log records (resourceLogs → scopeLogs → logRecords)");
        }
        if (counts.lng("untimed") > 0) {
            throw new BundleException(shown, "", counts.lng("untimed") + " log records have neither timeUnixNano nor "
                    + "observedTimeUnixNano");
        }
        List<String> keys = ColumnKey.of(Role.EVENTS).stream().map(ColumnKey::key).toList();
        return new Table(Role.EVENTS, spec.name(), Optional.empty(), view, List.of(spec), shownFiles,
                new LinkedHashSet<>(keys), List.of(), List.of(), Map.of(), java.util.Set.of(), counts.lng("n"));
    }

    /** A JSON array field (camelCase, or the snake_case some writers use) unnested safely. */
    private static String array(String json, String camel, String snake) {
        return "CAST(coalesce(json_extract(" + json + ", '$." + camel + "'), json_extract(" + json + ", '$." + snake
                + "'), '[]') AS JSON[])";
    }

    private static String either(String json, String camel, String snake) {
        return "coalesce(json_extract(" + json + ", '$." + camel + "'), json_extract(" + json + ", '$." + snake + "'))";
    }

    /** {@code "key": value} pairs of an OTLP attribute list as JSON text (values typed as OTLP's AnyValue says). */
    private static String pairs(String list) {
        String v = "json_extract(a, '$.value')";
        String value = "CASE WHEN json_extract(" + v + ", '$.stringValue') IS NOT NULL THEN to_json(json_extract_string("
                + v + ", '$.stringValue')) WHEN json_extract(" + v + ", '$.intValue') IS NOT NULL THEN to_json(TRY_CAST("
                + "json_extract_string(" + v + ", '$.intValue') AS BIGINT)) WHEN json_extract(" + v + ", '$.doubleValue') "
                + "IS NOT NULL THEN to_json(TRY_CAST(json_extract_string(" + v + ", '$.doubleValue') AS DOUBLE)) WHEN "
                + "json_extract(" + v + ", '$.boolValue') IS NOT NULL THEN to_json(json_extract_string(" + v
                + ", '$.boolValue') = 'true') ELSE coalesce(" + v + ", CAST('null' AS JSON)) END";
        return "array_to_string(list_transform(list_filter(CAST(coalesce(" + list + ", '[]') AS JSON[]), lambda a: "
                + "json_extract_string(a, '$.key') IS NOT NULL), lambda a: CAST(to_json(json_extract_string(a, '$.key')) "
                + "AS VARCHAR) || ':' || CAST(" + value + " AS VARCHAR)), ',')";
    }

    private static String attribute(String name) {
        return "json_extract_string(attrs, " + Sql.string("$.\"" + name.replace("\"", "\\\"") + "\"") + ")";
    }

    private static String nanos(String field, String snake) {
        return "nullif(TRY_CAST(coalesce(json_extract_string(r, '$." + field + "'), json_extract_string(r, '$." + snake
                + "')) AS HUGEINT), 0)";
    }

    private static String timestamp() {
        return "make_timestamp(CAST(coalesce(" + nanos("timeUnixNano", "time_unix_nano") + ", "
                + nanos("observedTimeUnixNano", "observed_time_unix_nano") + ") // 1000 AS BIGINT))";
    }

    private static String type(SourceSpec spec) {
        if (spec.column("type").isPresent()) {
            return "coalesce(" + attribute(spec.column("type").get()) + ", 'log')";
        }
        String chain = TYPE_ATTRIBUTES.stream().map(OtlpLogsSource::attribute).collect(Collectors.joining(", "));
        return "coalesce(nullif(coalesce(json_extract_string(r, '$.eventName'), json_extract_string(r, '$.event_name')), ''), "
                + chain + ", 'log')";
    }

    private static String level(SourceSpec spec) {
        if (spec.column("level").isPresent()) {
            return attribute(spec.column("level").get());
        }
        String number = "TRY_CAST(coalesce(json_extract_string(r, '$.severityNumber'), json_extract_string(r, "
                + "'$.severity_number')) AS INTEGER)";
        return "coalesce(nullif(coalesce(json_extract_string(r, '$.severityText'), json_extract_string(r, "
                + "'$.severity_text')), ''), CASE WHEN " + number + " BETWEEN 1 AND 4 THEN 'trace' WHEN " + number
                + " BETWEEN 5 AND 8 THEN 'debug' WHEN " + number + " BETWEEN 9 AND 12 THEN 'info' WHEN " + number
                + " BETWEEN 13 AND 16 THEN 'warning' WHEN " + number + " BETWEEN 17 AND 20 THEN 'error' WHEN " + number
                + " BETWEEN 21 AND 24 THEN 'fatal' END)";
    }

    private static String component(SourceSpec spec) {
        return spec.column("component").map(OtlpLogsSource::attribute)
                .orElse("coalesce(" + attribute("service.name") + ", scope)");
    }

    private static String message(SourceSpec spec) {
        return spec.column("message").map(OtlpLogsSource::attribute).orElse("coalesce(json_extract_string(r, "
                + "'$.body.stringValue'), CAST(json_extract(r, '$.body') AS VARCHAR))");
    }
}
