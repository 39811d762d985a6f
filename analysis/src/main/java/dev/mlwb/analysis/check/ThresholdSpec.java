package dev.mlwb.analysis.check;

/**
 * A threshold a check declares: its manifest key (under {@code thresholds.<check id>}), default,
 * and what it means.
 */
public record ThresholdSpec(String key, double defaultValue, String description) {
}
