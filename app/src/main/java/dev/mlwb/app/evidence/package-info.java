/** One view per kind of evidence, each over its own view model; {@link dev.mlwb.app.evidence.EvidenceViews} maps kinds to views. */
package dev.mlwb.app.evidence;
