package dev.mlwb.analysis.evidence;

import java.util.List;

/**
 * Offline datasets against production on one ranking metric.
 *
 * @param metric the metric, {@code auc}
 * @param production the production dataset's name
 * @param maxGap a gap (offline − production) beyond this is flagged
 * @param datasets every predictions dataset, production first
 */
public record ModelQualityComparison(String title, String metric, String production, double maxGap,
                                     List<DatasetQuality> datasets) implements Evidence {

    public ModelQualityComparison {
        datasets = List.copyOf(datasets);
    }

    @Override
    public String type() {
        return "model-quality-comparison";
    }
}
