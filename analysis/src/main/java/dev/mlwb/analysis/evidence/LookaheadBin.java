package dev.mlwb.analysis.evidence;

/**
 * Rows whose feature timestamp lies a given stretch after the time it is used at.
 *
 * @param label e.g. {@code 1–6 h later}
 * @param lowerHours lower edge in hours (exclusive; -∞ written as null for the first bin)
 * @param upperHours upper edge in hours (inclusive; +∞ written as null for the last bin)
 * @param rows rows in the bin
 * @param violating whether the bin lies beyond the tolerance
 */
public record LookaheadBin(String label, double lowerHours, double upperHours, long rows, boolean violating) {
}
