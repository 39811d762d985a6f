package dev.mlwb.analysis.evidence;

import dev.mlwb.analysis.time.TimeRange;
import java.util.List;
import java.util.Optional;

/**
 * Exposure concentration per time window for one exposures source: Gini, catalog coverage and
 * the top-1 % share, the items gaining most, and the stretch where concentration kept rising.
 *
 * @param windowSeconds the window length
 * @param catalogItems the catalog: every item shown at least once in the source
 * @param windows the windows, oldest first
 * @param topItems the most-shown items of the last window
 * @param rising the longest stretch of consecutive rises in Gini, if any
 */
public record PopularityTrend(String title, String source, long windowSeconds, long catalogItems,
                              List<PopularityWindow> windows, List<ItemShare> topItems, Optional<TimeRange> rising)
        implements Evidence {
    public PopularityTrend {
        windows = List.copyOf(windows);
        topItems = List.copyOf(topItems);
    }

    @Override
    public String type() {
        return "popularity-trend";
    }
}
