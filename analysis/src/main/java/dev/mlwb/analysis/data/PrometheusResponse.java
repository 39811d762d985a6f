package dev.mlwb.analysis.data;

import dev.mlwb.analysis.bundle.BundleException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;

/**
 * A Prometheus HTTP API response ({@code /api/v1/query_range}, or an instant {@code /api/v1/query})
 * read by DuckDB: {@code {"status": "success", "data": {"resultType": "matrix", "result": [{"metric":
 * {labels}, "values": [[unix_seconds, "value"], ...]}]}}}. One row per point: the series' labels (JSON),
 * the time in seconds and the value ({@code NaN} and infinities as Prometheus writes them).
 */
public final class PrometheusResponse {
    private PrometheusResponse() {
    }

    /** SQL for the points of a response file: columns {@code labels} (JSON), {@code t} (seconds), {@code value}. */
    public static String points(Path file) {
        String doc = "read_json_objects(" + Sql.string(file.toString()) + ", format = 'auto')";
        return "(WITH res AS (SELECT unnest(CAST(coalesce(json_extract(json, '$.data.result'), '[]') AS JSON[])) AS r FROM "
                + doc + "), pts AS (SELECT coalesce(json_extract(r, '$.metric'), '{}') AS labels, unnest(CASE WHEN "
                + "json_extract(r, '$.values') IS NOT NULL THEN CAST(json_extract(r, '$.values') AS JSON[]) ELSE "
                + "[json_extract(r, '$.value')] END) AS v FROM res) SELECT labels, TRY_CAST(json_extract_string(v, '$[0]') "
                + "AS DOUBLE) AS t, TRY_CAST(json_extract_string(v, '$[1]') AS DOUBLE) AS value FROM pts)";
    }

    /** SQL for a label's value in the {@code labels} column. */
    public static String label(String name) {
        return "json_extract_string(labels, " + Sql.string("$.\"" + name.replace("\"", "\\\"") + "\"") + ")";
    }

    /**
     * Checks that a response succeeded and holds a matrix or vector.
     *
     * @param shown how messages name the response (a file, or the server and the query's kind)
     */
    static void check(Database db, Path file, String shown) throws BundleException, SQLException {
        Optional<Row> head;
        try {
            head = db.first("SELECT json_extract_string(json, '$.status') AS status, json_extract_string(json, "
                    + "'$.errorType') AS kind, json_extract_string(json, '$.error') AS error, json_extract_string(json, "
                    + "'$.data.resultType') AS type FROM read_json_objects(" + Sql.string(file.toString())
                    + ", format = 'auto') LIMIT 1");
        } catch (SQLException e) {
            throw new BundleException(shown, "", "is not a Prometheus API response: "
                    + dev.mlwb.analysis.format.Fmt.firstLine(e, "unreadable"), e);
        }
        if (head.isEmpty()) {
            throw new BundleException(shown, "", "is empty; expected a Prometheus query_range response");
        }
        Row r = head.get();
        String status = r.str("status", "");
        if (status.equals("error")) {
            throw new BundleException(shown, "", "Prometheus answered " + r.str("kind", "an error") + ": "
                    + r.str("error", "(no message)"));
        }
        if (!status.equals("success")) {
            throw new BundleException(shown, "", "is not a Prometheus API response (no \"status\": \"success\")");
        }
        String type = r.str("type", "");
        if (!type.equals("matrix") && !type.equals("vector")) {
            throw new BundleException(shown, "", "holds a " + (type.isEmpty() ? "missing" : type)
                    + " result; a metrics source needs a range query's matrix (or an instant query's vector)");
        }
    }
}
