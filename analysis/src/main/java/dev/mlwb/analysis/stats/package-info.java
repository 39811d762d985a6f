/**
 * Statistics behind the checks: drift (PSI, Kolmogorov–Smirnov, chi-square, Jensen–Shannon), model quality
 * (ROC AUC, calibration, precision and recall), rate comparisons and exposure concentration. Each class computes
 * numbers from aggregates that SQL has already reduced (bin counts, per-value counts, sums) and never judges them;
 * checks turn the numbers into severities.
 */
package dev.mlwb.analysis.stats;
