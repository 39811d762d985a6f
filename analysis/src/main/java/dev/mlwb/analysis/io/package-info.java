/** Writing files safely: what the CLI and the app write (reports, notes, images) is replaced whole or not at all. */
package dev.mlwb.analysis.io;
