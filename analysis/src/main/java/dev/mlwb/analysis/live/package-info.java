/**
 * Live mode: what a bundle reads (its files' stamps, its live sources), a monitor that reports when
 * they changed (once written files have settled) or when live sources are due, and what changed
 * between two runs of the checks. Used by {@code mlwb watch} and the app's live mode.
 */
package dev.mlwb.analysis.live;
