package dev.mlwb.analysis.evidence;

/**
 * One bin of a {@link HistogramPair}: the same bin counted in the reference and in the current dataset.
 *
 * @param label what the bin holds, e.g. {@code (0.41, 0.52]} or a category
 * @param lower the bin's lower edge (exclusive; the smallest value for the first bin), NaN for a category
 * @param upper the bin's upper edge (inclusive; the largest value for the last bin), NaN for a category
 * @param referenceCount reference rows in the bin
 * @param currentCount current rows in the bin
 * @param referenceShare reference rows in the bin / reference rows with a value
 * @param currentShare current rows in the bin / current rows with a value
 * @param unseen a category that the reference (or the encoder's vocabulary) does not know
 * @param psiContribution the bin's term of the PSI sum
 */
public record HistogramBin(String label, double lower, double upper, long referenceCount, long currentCount,
                           double referenceShare, double currentShare, boolean unseen, double psiContribution) {
}
