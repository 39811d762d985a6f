/**
 * "What explains this window": the difference of a rate or mean metric between two groups of rows (the canary
 * against the baseline, a time range against the same length of time before it, or a current dataset against its
 * reference), split exactly over the values of every slice column and categorical feature into a rate effect and
 * a mix effect, and ranked. Per-value counts and sums come from one DuckDB statement; the JVM receives aggregates.
 */
package dev.mlwb.analysis.attribution;
