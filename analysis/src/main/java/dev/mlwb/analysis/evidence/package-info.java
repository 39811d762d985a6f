/**
 * Typed evidence: the aggregates a finding's view draws (slice tables, time series, histograms).
 * Each kind is a record with a stable {@link dev.mlwb.analysis.evidence.Evidence#type()} that the
 * JSON output carries; the app maps each kind to its view.
 */
package dev.mlwb.analysis.evidence;
