package dev.mlwb.analysis.evidence;

import java.util.List;

/**
 * Runs side by side, field by field: training runs that share code and data versions (or, for
 * unpinned packages, every run that gives packages), with the differing fields flagged.
 *
 * @param codeVersion the shared code version, empty text if the runs do not share one
 * @param dataVersion the shared data version, empty text likewise
 * @param runs run ids, the columns
 * @param fields the rows
 */
public record EnvironmentComparison(String title, String codeVersion, String dataVersion, List<String> runs,
                                    List<EnvironmentField> fields) implements Evidence {
    public EnvironmentComparison {
        runs = List.copyOf(runs);
        fields = List.copyOf(fields);
    }

    /** The rows whose values differ between runs. */
    public List<EnvironmentField> differing() {
        return fields.stream().filter(EnvironmentField::differs).toList();
    }

    @Override
    public String type() {
        return "environment-comparison";
    }
}
