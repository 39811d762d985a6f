package dev.mlwb.analysis.stats;

/**
 * A chi-square test result.
 *
 * @param statistic Pearson's chi-square statistic
 * @param degreesOfFreedom the degrees of freedom after dropping empty rows, columns or categories
 * @param pValue the upper-tail p-value {@code P(χ²_dof >= statistic)}, in [0, 1]
 */
public record ChiSquareResult(double statistic, int degreesOfFreedom, double pValue) {
}
