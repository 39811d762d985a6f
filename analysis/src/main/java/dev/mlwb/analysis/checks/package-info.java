/** The checks, one small class per stable id of the bundle spec, grouped by area; {@link dev.mlwb.analysis.checks.CheckCatalog} lists them. */
package dev.mlwb.analysis.checks;
