/** The incident overview: counts per severity, the incident timeline (whose zoom selects the shared time range), findings by severity, every check and why skipped ones were skipped. */
package dev.mlwb.app.overview;
