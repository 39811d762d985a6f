/**
 * Profiles: the summaries every data check reads, computed in one or two passes per source for all
 * its columns at once (counts, nulls, ranges, sample quantiles, fine histograms overall and per time
 * window, category counts, a consistent sample by entity) by a {@link dev.mlwb.analysis.profile.ProfileEngine}
 * (DuckDB here; the seam where another engine would plug in). Checks judge from profiles and go back
 * to the rows only for what a finding shows.
 */
package dev.mlwb.analysis.profile;
