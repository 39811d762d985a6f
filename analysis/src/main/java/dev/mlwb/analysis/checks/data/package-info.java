/**
 * Checks on the data a model sees: drift between compared datasets (and over time), unseen
 * categories, imputation, and data quality (nulls, ranges, types).
 */
package dev.mlwb.analysis.checks.data;
