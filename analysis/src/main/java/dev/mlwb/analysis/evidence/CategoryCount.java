package dev.mlwb.analysis.evidence;

/**
 * One category of a feature in a dataset.
 *
 * @param value the category
 * @param rows rows holding it
 * @param share rows / the dataset's rows
 * @param unseen whether the vocabulary (or the reference) lacks it
 */
public record CategoryCount(String value, long rows, double share, boolean unseen) {
}
