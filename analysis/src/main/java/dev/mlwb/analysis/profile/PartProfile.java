package dev.mlwb.analysis.profile;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * The second pass over a part: its columns counted overall and per time window.
 *
 * @param part what was profiled
 * @param rows rows of the part
 * @param window the window length, if the part is timed and long enough to cut into windows
 * @param windowRows rows per window start (epoch µs)
 * @param numeric numeric columns by name
 * @param categorical categorical columns by name
 */
public record PartProfile(Part part, long rows, Optional<Duration> window, SortedMap<Long, Long> windowRows,
                          Map<String, NumericProfile> numeric, Map<String, CategoricalProfile> categorical) {

    public Optional<NumericProfile> numeric(String column) {
        return Optional.ofNullable(numeric.get(column));
    }

    public Optional<CategoricalProfile> categorical(String column) {
        return Optional.ofNullable(categorical.get(column));
    }
}
