/** The analyst's notes on the selected finding: edited in the detail pane, saved off the FX thread. */
package dev.mlwb.app.notes;
