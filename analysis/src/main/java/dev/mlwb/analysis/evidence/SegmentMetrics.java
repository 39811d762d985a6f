package dev.mlwb.analysis.evidence;

import java.util.List;

/**
 * Precision, recall and AUC per segment of one slice column, baseline against canary.
 *
 * @param dimension the slice column(s)
 * @param baselineArm the baseline arm
 * @param canaryArm the canary arm
 * @param decisionThreshold a score at or above this predicts the positive class
 * @param maxDrop a drop beyond this (absolute) degrades a segment
 * @param criticalMaxDrop the same for critical slices
 * @param aggregate all rows, as one segment
 * @param rows one row per segment
 */
public record SegmentMetrics(String title, String dimension, String baselineArm, String canaryArm,
                             double decisionThreshold, double maxDrop, double criticalMaxDrop, SegmentRow aggregate,
                             List<SegmentRow> rows) implements Evidence {

    public SegmentMetrics {
        rows = List.copyOf(rows);
    }

    @Override
    public String type() {
        return "segment-metrics";
    }
}
