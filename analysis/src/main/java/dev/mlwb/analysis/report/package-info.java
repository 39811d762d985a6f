/** Writers for a {@link dev.mlwb.analysis.check.CheckReport}: text for terminals, JSON (the spec's findings format), Markdown and HTML. */
package dev.mlwb.analysis.report;
