/**
 * The analysis layer of ML Incident Workbench: opens incident bundles, registers their files as
 * DuckDB views, runs the checks and writes findings. Nothing here depends on JavaFX; the app and
 * the {@code mlwb} CLI both build on it.
 */
package dev.mlwb.analysis;
