/**
 * The analyst's notes on findings ("confirmed: the LB rule only matched iOS"), kept beside the
 * bundle in {@code mlwb-notes.json} and written atomically; reports exported from the app carry them.
 */
package dev.mlwb.analysis.notes;
