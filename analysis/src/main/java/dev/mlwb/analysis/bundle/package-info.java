/**
 * Incident bundles: the manifest ({@code incident.yaml} / {@code incident.json}), its sources and
 * roles, and safe resolution of the files it names (folders and {@code .zip} archives).
 */
package dev.mlwb.analysis.bundle;
