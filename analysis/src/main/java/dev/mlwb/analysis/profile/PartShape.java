package dev.mlwb.analysis.profile;

import java.util.Map;
import java.util.Optional;

/**
 * The first pass over a part: its rows, its time span, and a shape per column.
 *
 * @param rows rows of the part
 * @param span first and last timestamp in epoch microseconds, if timed and not empty
 * @param columns by profiled column name
 */
public record PartShape(long rows, Optional<long[]> span, Map<String, ColumnShape> columns) {
    public PartShape {
        columns = Map.copyOf(columns);
    }
}
