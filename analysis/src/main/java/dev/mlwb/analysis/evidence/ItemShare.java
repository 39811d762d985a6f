package dev.mlwb.analysis.evidence;

/** One item's share of all exposures in the first and in the last window. */
public record ItemShare(String item, double firstShare, double lastShare) {
}
