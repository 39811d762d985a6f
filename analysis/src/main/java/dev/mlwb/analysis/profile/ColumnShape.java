package dev.mlwb.analysis.profile;

/**
 * The first pass's summary of one column of a part: enough to place fine bin edges (numeric) or to
 * tell categories from identifiers (categorical).
 *
 * @param nonNull values present
 * @param min smallest value (numeric; NaN otherwise or without values)
 * @param max largest value (numeric)
 * @param sampleQuantiles quantiles at {@link FineEdges#levels()} of a reservoir sample (numeric; empty otherwise)
 * @param approxDistinct distinct values, estimated by HyperLogLog (categorical; -1 otherwise)
 */
public record ColumnShape(long nonNull, double min, double max, double[] sampleQuantiles, long approxDistinct) {
}
