/** Instants, time ranges and the parsing of the timestamp forms a bundle may use outside its tables. */
package dev.mlwb.analysis.time;
