package dev.mlwb.analysis.evidence;

/**
 * One slice, baseline against canary. Numbers that do not apply are NaN (written as null in JSON).
 *
 * @param slice the slice key, {@code platform=android}
 * @param label a short label, {@code android}
 * @param critical whether the manifest lists it in {@code critical_slices}
 * @param baselineTraffic traffic units (requests, impressions or rows) in the baseline
 * @param canaryTraffic traffic units in the canary
 * @param baselineShare the slice's share of baseline traffic
 * @param canaryShare the slice's share of canary traffic
 * @param baselineRate the metric's rate in the baseline (e.g. CTR)
 * @param canaryRate the metric's rate in the canary
 * @param relativeChange (canary − baseline) / baseline of the rate
 * @param pValue one-sided significance of the slice's drop (a two-proportion z-test of its rate or of its share),
 *     Holm-adjusted for every slice, metric, phase and window the check compared
 * @param verdict how the slice fared
 */
public record SliceRow(String slice, String label, boolean critical, double baselineTraffic, double canaryTraffic,
                       double baselineShare, double canaryShare, double baselineRate, double canaryRate,
                       double relativeChange, double pValue, SliceVerdict verdict) {

    /** Canary share over baseline share. */
    public double shareRatio() {
        return baselineShare > 0 ? canaryShare / baselineShare : Double.NaN;
    }
}
