package dev.mlwb.analysis.story;

import dev.mlwb.analysis.check.Finding;

/**
 * A finding explained by another.
 *
 * @param parent the finding that explains it
 * @param depth 1 under the root, 2 under one of those, ...
 * @param pattern the causal pattern, in words ({@code unseen categories → imputation})
 * @param reason why the link was drawn: the pattern and what confirmed it (shared subjects, time order)
 * @param confirmedBySubject whether shared subjects confirm it
 * @param confirmedByTime whether time order or overlap confirms it
 */
public record ChainLink(Finding finding, Finding parent, int depth, String pattern, String reason,
                        boolean confirmedBySubject, boolean confirmedByTime) {
}
