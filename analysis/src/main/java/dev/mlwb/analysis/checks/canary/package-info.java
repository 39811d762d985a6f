/** Canary analysis: traffic stratification, per-slice guards, and fast infrastructure guardrails. */
package dev.mlwb.analysis.checks.canary;
