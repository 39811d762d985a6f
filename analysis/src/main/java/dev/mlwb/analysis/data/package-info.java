/**
 * Registers a bundle's sources with an in-process DuckDB database: one view per file over DuckDB's
 * own readers, and one normalised view per source whose mapped columns have canonical names
 * ({@code __ts}, {@code __entity}, {@code __score}, ...). Checks query these views; the JVM only
 * receives aggregates.
 */
package dev.mlwb.analysis.data;
