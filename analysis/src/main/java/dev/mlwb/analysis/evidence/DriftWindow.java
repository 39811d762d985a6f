package dev.mlwb.analysis.evidence;

import java.time.Instant;

/**
 * One time window of the current dataset compared with the whole reference.
 *
 * @param start the window's start (inclusive)
 * @param end the window's end (exclusive)
 * @param rows current rows in the window
 * @param nullShare share of those rows without a value
 * @param psi PSI of the window against the reference (NaN when not judged)
 * @param ksStatistic Kolmogorov–Smirnov statistic (numeric; NaN otherwise)
 * @param jsDistance Jensen–Shannon distance (categorical; NaN otherwise)
 * @param judged whether the window has enough rows for its statistics to count
 */
public record DriftWindow(Instant start, Instant end, long rows, double nullShare, double psi, double ksStatistic,
                          double jsDistance, boolean judged) {
}
