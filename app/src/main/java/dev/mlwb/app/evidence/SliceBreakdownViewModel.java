package dev.mlwb.app.evidence;

import dev.mlwb.analysis.evidence.SliceBreakdown;
import dev.mlwb.analysis.evidence.SliceRow;
import dev.mlwb.analysis.format.Fmt;
import java.util.List;
import java.util.Locale;

/**
 * A slice breakdown prepared for its table and grouped bar chart: for traffic shares the bars are
 * the two arms' shares; for a business metric they are the two arms' rates.
 */
public final class SliceBreakdownViewModel {
    private final SliceBreakdown breakdown;
    private final List<SliceRowItem> rows;

    public SliceBreakdownViewModel(SliceBreakdown breakdown) {
        this.breakdown = breakdown;
        this.rows = breakdown.rows().stream().map(SliceRowItem::new).toList();
    }

    public String title() {
        return breakdown.title();
    }

    /** A line under the title: what is compared, over which period, and the guard. */
    public String caption() {
        String what = isTraffic() ? "share of " + breakdown.trafficUnit()
                : breakdown.metric().toUpperCase(Locale.ROOT) + " per " + breakdown.trafficUnit();
        String guard = Double.isNaN(breakdown.threshold()) ? ""
                : "  ·  guard: a significant drop beyond " + Fmt.pct(-breakdown.threshold()) + " (★ critical slices stricter)";
        return breakdown.baselineArm() + " (baseline) vs " + breakdown.canaryArm() + " (canary), " + what + ", "
                + breakdown.period() + guard;
    }

    /** Whether the breakdown is of traffic shares (no rates to show). */
    public boolean isTraffic() {
        return breakdown.metric().equals("traffic");
    }

    public List<SliceRowItem> rows() {
        return rows;
    }

    public SliceRowItem aggregate() {
        return new SliceRowItem(breakdown.aggregate());
    }

    public List<String> categories() {
        return breakdown.rows().stream().map(SliceRow::label).toList();
    }

    public List<String> seriesNames() {
        return List.of(breakdown.baselineArm() + " (baseline)", breakdown.canaryArm() + " (canary)");
    }

    /** The bar heights in percent: shares for traffic, rates otherwise. */
    public List<double[]> values() {
        double[] b = breakdown.rows().stream().mapToDouble(r -> 100 * (isTraffic() ? r.baselineShare() : r.baselineRate())).toArray();
        double[] c = breakdown.rows().stream().mapToDouble(r -> 100 * (isTraffic() ? r.canaryShare() : r.canaryRate())).toArray();
        return List.of(b, c);
    }

    /** What traffic counts, as a column header word: requests, impressions. */
    public String unitWord() {
        return breakdown.trafficUnit();
    }

    /** The metric as a column header word: CTR, conversion. */
    public String metricWord() {
        return breakdown.metric().equals("ctr") ? "CTR" : breakdown.metric();
    }

    public String valueAxisLabel() {
        return isTraffic() ? "share of " + breakdown.trafficUnit() : breakdown.metric().toUpperCase(Locale.ROOT);
    }
}
