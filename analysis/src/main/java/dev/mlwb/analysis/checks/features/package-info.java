/** Checks on how features are computed: training–serving skew and lookahead leakage. */
package dev.mlwb.analysis.checks.features;
