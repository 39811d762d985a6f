package dev.mlwb.analysis.evidence;

/**
 * One feature's data quality in the current dataset against the reference.
 *
 * @param feature the feature
 * @param referenceType the reference column's type (as DuckDB reads it)
 * @param currentType the current column's type
 * @param typeChanged whether the kind changed (numeric against text)
 * @param referenceNullShare reference rows without a value
 * @param currentNullShare current rows without a value
 * @param referenceMin smallest reference value (numeric; NaN otherwise)
 * @param referenceMax largest reference value (numeric; NaN otherwise)
 * @param currentBelow current rows below the reference minimum
 * @param currentAbove current rows above the reference maximum
 * @param outOfRangeShare (below + above) / current rows
 * @param unparseable current values that are not numbers although the reference's are (after a type change)
 * @param verdict {@code ok}, {@code warning} or {@code critical}
 */
public record QualityRow(String feature, String referenceType, String currentType, boolean typeChanged,
                         double referenceNullShare, double currentNullShare, double referenceMin, double referenceMax,
                         long currentBelow, long currentAbove, double outOfRangeShare, long unparseable,
                         String verdict) {
}
