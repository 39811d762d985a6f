package dev.mlwb.analysis.stats;

/**
 * Calibration of predicted probabilities against observed labels.
 *
 * @param ece expected calibration error: the row-weighted mean of |mean predicted − observed rate| over bins
 * @param mce maximum calibration error: the largest |mean predicted − observed rate| of a non-empty bin
 * @param brier Brier score: the mean of (predicted − label)²
 * @param rows the number of rows summarised
 */
public record CalibrationSummary(double ece, double mce, double brier, long rows) {
}
