package dev.mlwb.analysis.evidence;

/**
 * One equal-width score bin of a reliability diagram.
 *
 * @param lower lower edge (inclusive)
 * @param upper upper edge (exclusive; 1.0 is in the last bin)
 * @param rows labelled rows in the bin
 * @param meanPredicted mean score (NaN when empty)
 * @param observedRate share of positive labels (NaN when empty)
 * @param gap meanPredicted − observedRate: positive when the model is overconfident
 */
public record ReliabilityBin(double lower, double upper, long rows, double meanPredicted, double observedRate,
                             double gap) {
}
