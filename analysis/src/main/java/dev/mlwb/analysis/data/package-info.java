/**
 * Registers a bundle's sources with an in-process DuckDB database: one view per file over DuckDB's
 * own readers, and one normalised view per source whose mapped columns have canonical names
 * ({@code __ts}, {@code __entity}, {@code __score}, ...). Checks query these views; the JVM only
 * receives aggregates. Sources that are not plain files are read into the same normalised tables:
 * Prometheus answers ({@code PrometheusSource}, each answer streamed to a file DuckDB reads), OTLP
 * JSON logs ({@code OtlpLogsSource}, flattened by SQL) and MLflow runs ({@code MlflowSource}: a runs
 * table and their job events).
 */
package dev.mlwb.analysis.data;
