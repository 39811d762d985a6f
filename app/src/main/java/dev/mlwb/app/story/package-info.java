/**
 * The incident's story in the app: the likely root cause with what it explains on the overview, the feature
 * health matrix, and "what explains this window" for a finding or a selected time range.
 */
package dev.mlwb.app.story;
