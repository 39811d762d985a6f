package dev.mlwb.analysis.evidence;

import java.util.List;

/**
 * The categories of a feature in one dataset that the encoder's vocabulary (or the reference
 * dataset) does not know.
 *
 * @param feature the feature
 * @param dataset the dataset checked
 * @param knownFrom where the known categories come from: {@code vocabulary <file>} or a dataset name
 * @param rows the dataset's rows
 * @param unseenRows rows holding an unknown category
 * @param unseenShare unseenRows / rows
 * @param distinctKnown categories known
 * @param distinctCurrent distinct values in the dataset
 * @param distinctUnseen distinct unknown values
 * @param identifierLike most values are distinct: new values are expected, not a fault of the encoder
 * @param values the most frequent unknown categories, then the most frequent known ones
 */
public record UnseenCategories(String title, String feature, String dataset, String knownFrom, long rows,
                               long unseenRows, double unseenShare, long distinctKnown, long distinctCurrent,
                               long distinctUnseen, boolean identifierLike, List<CategoryCount> values)
        implements Evidence {

    public UnseenCategories {
        values = List.copyOf(values);
    }

    @Override
    public String type() {
        return "unseen-categories";
    }
}
