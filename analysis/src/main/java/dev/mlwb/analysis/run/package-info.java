/** Running an analysis: progress reporting, cancellation, and the one facade the CLI and the app share. */
package dev.mlwb.analysis.run;
