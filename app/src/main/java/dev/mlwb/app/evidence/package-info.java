/** One view per kind of evidence, each over its own view model, grouped by area in sub-packages; {@link dev.mlwb.app.evidence.StandardViews} maps kinds to views, {@link dev.mlwb.app.evidence.ViewContext} gives them links and the shared time range. */
package dev.mlwb.app.evidence;
