package dev.mlwb.analysis.evidence;

import java.util.List;

/**
 * One feature computed by two pipelines for the same entities and times: how often and by how much
 * the values differ.
 *
 * @param feature the feature
 * @param reference the reference dataset (e.g. the training pipeline)
 * @param current the current dataset (e.g. the serving log)
 * @param joinKeys what the rows were joined on, e.g. {@code entity, timestamp}
 * @param joinedRows rows found in both datasets
 * @param mismatches joined rows whose values differ beyond the tolerance
 * @param mismatchShare mismatches / joinedRows
 * @param mismatchesHigher mismatches where the current value is the larger (numeric; 0 otherwise)
 * @param meanSignedDiff mean of current − reference over joined rows with both values (numeric; NaN otherwise)
 * @param meanReference mean reference value over the same rows (numeric; NaN otherwise)
 * @param absoluteTolerance a difference up to {@code absoluteTolerance + relativeTolerance × |reference|} matches
 * @param relativeTolerance see absoluteTolerance
 * @param differences histogram of current − reference over joined rows (numeric; empty otherwise)
 * @param examples a few mismatched rows, largest differences first
 */
public record SkewComparison(String title, String feature, String reference, String current, String joinKeys,
                             long joinedRows, long mismatches, double mismatchShare, long mismatchesHigher,
                             double meanSignedDiff,
                             double meanReference, double absoluteTolerance, double relativeTolerance,
                             List<DifferenceBin> differences, List<SkewExample> examples) implements Evidence {

    public SkewComparison {
        differences = List.copyOf(differences);
        examples = List.copyOf(examples);
    }

    @Override
    public String type() {
        return "skew-comparison";
    }
}
