package dev.mlwb.analysis.evidence;

import java.time.Instant;

/**
 * How concentrated item exposures were in one time window.
 *
 * @param itemsShown distinct items shown in the window
 * @param gini Gini coefficient of exposures over the whole catalog (never-shown items count as zeros)
 * @param coverage share of the catalog shown at least once
 * @param top1PctShare share of exposures going to the most-shown 1 % of the catalog
 */
public record PopularityWindow(Instant start, Instant end, long exposures, long itemsShown, double gini,
                               double coverage, double top1PctShare) {
}
