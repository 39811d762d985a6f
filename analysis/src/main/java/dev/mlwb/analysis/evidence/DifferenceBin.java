package dev.mlwb.analysis.evidence;

/**
 * A bin of a histogram of differences (current − reference) over joined rows.
 *
 * @param lower lower edge (inclusive)
 * @param upper upper edge (exclusive; inclusive for the last bin)
 * @param rows joined rows whose difference falls in the bin
 */
public record DifferenceBin(double lower, double upper, long rows) {
}
