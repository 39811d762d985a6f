package dev.mlwb.analysis.evidence;

import java.util.List;

/**
 * Drift of one feature (or the score) per time window of the current dataset, so that a shift
 * confined to a few days shows instead of being averaged away.
 *
 * @param subject a feature name, or {@code score}
 * @param reference the reference dataset's name
 * @param current the current dataset's name
 * @param windowSeconds the window length
 * @param warning the PSI warning line
 * @param critical the PSI critical line
 * @param minRows windows with fewer rows are drawn but not judged
 * @param windows the windows, in time order
 */
public record DriftOverTime(String title, String subject, String reference, String current, long windowSeconds,
                            double warning, double critical, long minRows, List<DriftWindow> windows)
        implements Evidence {

    public DriftOverTime {
        windows = List.copyOf(windows);
    }

    @Override
    public String type() {
        return "drift-over-time";
    }
}
