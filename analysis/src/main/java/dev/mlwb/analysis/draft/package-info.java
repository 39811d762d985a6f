/**
 * Drafted manifests: the files of a folder profiled with DuckDB (columns, types, a sample of values),
 * a role and column mapping guessed per file from names, types and values together, written as
 * {@code incident.yaml} with a comment on every guess; and which checks a (draft) manifest enables.
 * Used by {@code mlwb init} and the app's draft form.
 */
package dev.mlwb.analysis.draft;
