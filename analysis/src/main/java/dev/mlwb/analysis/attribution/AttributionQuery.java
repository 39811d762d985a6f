package dev.mlwb.analysis.attribution;

import dev.mlwb.analysis.data.Table;
import dev.mlwb.analysis.format.Fmt;
import dev.mlwb.analysis.time.TimeRange;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What to explain: a metric, the rows that make the current group and those that make the baseline, and the
 * columns to split by.
 *
 * @param current the table of the current rows
 * @param reference the table of the baseline rows (the same table except for {@link Comparison#DATASETS})
 * @param range the time range of the current rows (empty: all of them)
 * @param comparison how the baseline is chosen
 * @param currentArm for {@link Comparison#ARMS} the canary arm; for {@link Comparison#BEFORE} an optional arm to
 *     keep (empty text: every arm)
 * @param baselineArm for {@link Comparison#ARMS} the baseline arm
 * @param dimensions slice columns and categorical features, present in both tables
 * @param direction rank the values that push the metric this way first: +1 up, −1 down, 0 the way the difference
 *     goes (a finding ranks by its problem's direction: a segment's misses, even when the aggregate improved)
 */
public record AttributionQuery(AttributionMetric metric, Table current, Table reference, Optional<TimeRange> range,
                               Comparison comparison, String currentArm, String baselineArm, List<String> dimensions,
                               int direction) {

    /** How the baseline rows are chosen. */
    public enum Comparison {
        /** The other arm over the same time. */
        ARMS,
        /** The same rows over the same length of time just before the range. */
        BEFORE,
        /** The reference dataset against the current one (e.g. training against serving). */
        DATASETS
    }

    public AttributionQuery {
        dimensions = List.copyOf(dimensions);
        if (comparison == Comparison.BEFORE && range.isEmpty()) {
            throw new IllegalArgumentException("comparing with the time before needs a time range");
        }
    }

    /** The same query, ranking the values that push the metric in the problem's direction first. */
    public AttributionQuery towardsProblem() {
        return new AttributionQuery(metric, current, reference, range, comparison, currentArm, baselineArm, dimensions,
                metric.worse());
    }

    /** The stretch before the range, as long as the range. */
    public Optional<TimeRange> before() {
        return range.map(r -> new TimeRange(r.start().minus(r.duration()), r.start()));
    }

    /** The current group, in words. */
    public String currentLabel() {
        String when = range.map(Fmt::period).orElse("all rows");
        return switch (comparison) {
            case ARMS -> currentArm + ", " + when;
            case BEFORE -> (currentArm.isEmpty() ? "" : currentArm + ", ") + when;
            case DATASETS -> current.name();
        };
    }

    /** The baseline group, in words. */
    public String baselineLabel() {
        return switch (comparison) {
            case ARMS -> baselineArm + ", same time";
            case BEFORE -> (currentArm.isEmpty() ? "" : currentArm + ", ") + "the " + Fmt.duration(range.orElseThrow()
                    .duration()) + " before (" + Fmt.period(before().orElseThrow()) + ")";
            case DATASETS -> reference.name();
        };
    }

    Instant start() {
        return range.orElseThrow().start();
    }
}
