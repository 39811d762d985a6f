package dev.mlwb.analysis.evidence;

import java.util.List;

/**
 * Nulls, ranges and types of every feature of a current dataset against its reference.
 *
 * @param reference the reference dataset
 * @param current the current dataset
 * @param referenceRows reference rows
 * @param currentRows current rows
 * @param rows one row per feature, worst first
 */
public record QualityTable(String title, String reference, String current, long referenceRows, long currentRows,
                           List<QualityRow> rows) implements Evidence {

    public QualityTable {
        rows = List.copyOf(rows);
    }

    @Override
    public String type() {
        return "quality-table";
    }
}
