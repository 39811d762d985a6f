/**
 * The incident's story, computed once every check has run: when each finding's problem started (change points
 * on the series in its evidence), which findings explain which (causal patterns confirmed by shared subjects and
 * time order), the likely root cause first, the first alert and the time to detect; the feature health matrix.
 * Reads findings, evidence and the events view; never judges anew.
 */
package dev.mlwb.analysis.story;
