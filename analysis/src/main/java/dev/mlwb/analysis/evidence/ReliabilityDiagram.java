package dev.mlwb.analysis.evidence;

import java.util.List;

/**
 * Predicted probability against observed rate for one arm or predictions dataset.
 *
 * @param subject {@code model:ARM} or {@code source:DATASET}
 * @param name the arm or dataset
 * @param rows labelled rows
 * @param ece expected calibration error
 * @param mce maximum calibration error
 * @param brier Brier score
 * @param bins the ten equal-width bins
 */
public record ReliabilityDiagram(String title, String subject, String name, long rows, double ece, double mce,
                                 double brier, List<ReliabilityBin> bins) implements Evidence {

    public ReliabilityDiagram {
        bins = List.copyOf(bins);
    }

    @Override
    public String type() {
        return "reliability-diagram";
    }
}
