/** The {@code mlwb} command line: {@code mlwb check BUNDLE} with the spec's formats and exit codes. The only package that prints. */
package dev.mlwb.analysis.cli;
