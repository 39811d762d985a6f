/**
 * Checks on the model's predictions against labels: calibration, the gap between offline and
 * production quality, and segments that regress under a canary.
 */
package dev.mlwb.analysis.checks.model;
