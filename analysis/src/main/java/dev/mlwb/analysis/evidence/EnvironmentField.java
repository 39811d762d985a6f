package dev.mlwb.analysis.evidence;

import java.util.List;

/**
 * One row of an environment comparison: a field ({@code packages.numpy}, {@code hardware.gpu},
 * {@code seed}, {@code artifact_sha256}, {@code metrics.auc}) and its value in each run.
 *
 * @param values one per run, in the comparison's run order; empty text where a run does not give it
 * @param differs whether the runs disagree (highlight the row)
 * @param unpinned whether some run gives a version range rather than a version (packages only)
 */
public record EnvironmentField(String field, List<String> values, boolean differs, boolean unpinned) {
    public EnvironmentField {
        values = List.copyOf(values);
    }
}
