package dev.mlwb.analysis.evidence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * For one feature of one dataset: how far feature timestamps lie after the time they are used to
 * predict, as a distribution, with the worst rows.
 *
 * @param feature the feature
 * @param dataset the features dataset
 * @param against what the feature time is compared with: {@code row timestamp}, {@code label timestamp}, or both
 * @param rows rows with a feature timestamp and a time to compare it with
 * @param violations rows beyond the tolerance
 * @param violationShare violations / rows
 * @param maxLookaheadHours the largest lookahead, in hours
 * @param toleranceHours lookahead up to this is accepted
 * @param violationsFrom the earliest row time (or label time) among violating rows
 * @param violationsTo the latest row time (or label time) among violating rows
 * @param latestFeatureTime the latest feature timestamp among violating rows
 * @param distinctFeatureTimes distinct feature timestamps among violating rows (1 for a single backfill run)
 * @param distribution rows per lookahead range
 * @param examples the worst rows
 * @param days rows and violations per UTC day of the feature timestamp, in time order (only for a leaking feature)
 */
public record LeakageTimeline(String title, String feature, String dataset, String against, long rows,
                              long violations, double violationShare, double maxLookaheadHours, double toleranceHours,
                              Optional<Instant> violationsFrom, Optional<Instant> violationsTo,
                              Optional<Instant> latestFeatureTime, long distinctFeatureTimes,
                              List<LookaheadBin> distribution, List<LeakageExample> examples, List<LookaheadDay> days)
        implements Evidence {

    public LeakageTimeline {
        distribution = List.copyOf(distribution);
        examples = List.copyOf(examples);
        days = List.copyOf(days);
    }

    /** Without the per-day series. */
    public LeakageTimeline(String title, String feature, String dataset, String against, long rows, long violations,
                           double violationShare, double maxLookaheadHours, double toleranceHours,
                           Optional<Instant> violationsFrom, Optional<Instant> violationsTo,
                           Optional<Instant> latestFeatureTime, long distinctFeatureTimes,
                           List<LookaheadBin> distribution, List<LeakageExample> examples) {
        this(title, feature, dataset, against, rows, violations, violationShare, maxLookaheadHours, toleranceHours,
                violationsFrom, violationsTo, latestFeatureTime, distinctFeatureTimes, distribution, examples,
                List.of());
    }

    @Override
    public String type() {
        return "leakage-timeline";
    }
}
