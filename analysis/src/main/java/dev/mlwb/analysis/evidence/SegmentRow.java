package dev.mlwb.analysis.evidence;

/**
 * One segment's classification quality in the baseline and the canary.
 *
 * @param slice the slice key, {@code user_cohort=new}
 * @param label a short label, {@code new}
 * @param critical whether the manifest lists it in {@code critical_slices}
 * @param baselineRows labelled baseline rows
 * @param canaryRows labelled canary rows
 * @param baselinePrecision precision at the decision threshold
 * @param canaryPrecision see baselinePrecision
 * @param baselineRecall recall at the decision threshold
 * @param canaryRecall see baselineRecall
 * @param baselineAuc ROC AUC
 * @param canaryAuc see baselineAuc
 * @param worstMetric the metric that fell most ({@code precision}, {@code recall}, {@code auc}), or empty
 * @param worstDrop how far it fell (baseline − canary; negative if it rose)
 * @param pValue one-sided significance of that drop, Holm-adjusted over every segment × metric the check compared
 * @param verdict how the segment fared
 */
public record SegmentRow(String slice, String label, boolean critical, long baselineRows, long canaryRows,
                         double baselinePrecision, double canaryPrecision, double baselineRecall, double canaryRecall,
                         double baselineAuc, double canaryAuc, String worstMetric, double worstDrop, double pValue,
                         SliceVerdict verdict) {
}
