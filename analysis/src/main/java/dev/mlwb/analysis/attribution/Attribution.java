package dev.mlwb.analysis.attribution;

import java.util.List;

/**
 * The answer to "what explains this window": the metric in both groups and, ranked, the values that account for
 * most of the difference in its direction.
 *
 * @param metric the metric's key
 * @param metricLabel the metric, in words
 * @param percent whether rates read as percentages
 * @param current the current group, in words
 * @param baseline the baseline group, in words
 * @param currentValue the metric over the current group
 * @param baselineValue the metric over the baseline group
 * @param difference currentValue − baselineValue
 * @param dimensions the columns split by
 * @param direction the direction ranked first: +1 values pushing the metric up, −1 down
 * @param ranked every value of every column, the one that accounts for most beyond its share of traffic in that
 *     direction first ({@link Contribution#excess})
 */
public record Attribution(String metric, String metricLabel, boolean percent, String current, String baseline,
                          double currentValue, double baselineValue, double difference, List<String> dimensions,
                          int direction, List<Contribution> ranked) {
    public Attribution {
        dimensions = List.copyOf(dimensions);
        ranked = List.copyOf(ranked);
    }

    /** The value that explains most, if any. */
    public java.util.Optional<Contribution> top() {
        return ranked.stream().findFirst();
    }
}
