package dev.mlwb.analysis.profile;

import dev.mlwb.analysis.data.Table;
import java.util.List;

/**
 * A table to profile, the columns to count, and whether its rows are split by arm.
 *
 * @param table the table
 * @param byArm one profile per value of the table's arm column
 * @param columns what to count
 */
public record ProfileTarget(Table table, boolean byArm, List<ProfiledColumn> columns) {
    public ProfileTarget {
        columns = List.copyOf(columns);
    }

    public List<ProfiledColumn> numeric() {
        return columns.stream().filter(ProfiledColumn::numeric).toList();
    }

    public List<ProfiledColumn> categorical() {
        return columns.stream().filter(c -> !c.numeric()).toList();
    }

    public boolean timed() {
        return table.has("timestamp");
    }
}
