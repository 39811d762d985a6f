package dev.mlwb.analysis.evidence;

import java.time.Instant;

/**
 * One analysis window of a business metric, baseline against canary. Numbers that do not apply
 * are NaN.
 *
 * @param baselineTrials the metric's denominator in the baseline (impressions, clicks, labelled rows)
 * @param change the canary's change against the baseline: relative for rates, absolute for AUC
 * @param judged whether both arms had enough traffic to judge the window
 * @param breached whether the change went beyond the threshold
 */
public record MetricWindow(Instant start, Instant end, double baselineRate, double canaryRate, double baselineTrials,
                           double canaryTrials, double change, boolean judged, boolean breached) {
}
