package dev.mlwb.analysis.evidence;

/**
 * A predictions dataset's ranking quality.
 *
 * @param dataset the predictions dataset
 * @param role {@code offline} or {@code production}
 * @param rows predictions
 * @param labelled predictions with a label
 * @param positives positive labels
 * @param auc ROC AUC (NaN with only one class)
 * @param meanScore mean predicted probability
 */
public record DatasetQuality(String dataset, String role, long rows, long labelled, long positives, double auc,
                             double meanScore) {
}
