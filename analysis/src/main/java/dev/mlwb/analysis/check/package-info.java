/**
 * The check model: a {@link dev.mlwb.analysis.check.Check} per stable id of the bundle spec, the
 * {@link dev.mlwb.analysis.check.CheckSuite} that runs them and records ran / skipped / failed,
 * and the values they produce ({@link dev.mlwb.analysis.check.Finding}, measures, evidence).
 */
package dev.mlwb.analysis.check;
