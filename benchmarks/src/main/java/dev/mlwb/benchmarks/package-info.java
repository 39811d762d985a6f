/** Benchmarks run by hand (main classes, not tests): wall time and memory of the checks on large generated data. */
package dev.mlwb.benchmarks;
