package dev.mlwb.analysis.evidence;

import java.util.List;

/**
 * Baseline against canary, slice by slice, for one dimension (e.g. {@code platform}) and one metric
 * (traffic share, CTR, conversion).
 *
 * @param dimension the slice column(s), e.g. {@code platform} or {@code platform,region}
 * @param metric what the rates are: {@code traffic}, {@code ctr}, {@code conversion}
 * @param trafficUnit what traffic counts: requests, impressions, rows
 * @param baselineArm the baseline arm's name
 * @param canaryArm the canary arm's name
 * @param period which stretch of time was compared, in words ("canary phase 10:00–12:00")
 * @param threshold the relative drop (as a negative fraction) beyond which a slice regresses; NaN
 *     for traffic shares
 * @param aggregate the whole traffic, as one row
 * @param rows one row per slice
 */
public record SliceBreakdown(String title, String dimension, String metric, String trafficUnit, String baselineArm,
                             String canaryArm, String period, double threshold, SliceRow aggregate,
                             List<SliceRow> rows) implements Evidence {

    public SliceBreakdown {
        rows = List.copyOf(rows);
    }

    @Override
    public String type() {
        return "slice-breakdown";
    }
}
