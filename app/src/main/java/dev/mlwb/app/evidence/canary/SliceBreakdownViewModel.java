package dev.mlwb.app.evidence.canary;

import dev.mlwb.analysis.evidence.SliceBreakdown;
import dev.mlwb.analysis.evidence.SliceRow;
import dev.mlwb.analysis.format.Fmt;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A slice breakdown prepared for its table and grouped bar chart: for traffic shares the bars are
 * the two arms' shares; for a business metric they are the two arms' rates.
 */
public final class SliceBreakdownViewModel {
    private final SliceBreakdown breakdown;
    private final List<SliceRowItem> rows;

    private final Optional<String> focus;

    /** A breakdown, with the slice (e.g. {@code os=android}) to bring forward when reached through a link. */
    public SliceBreakdownViewModel(SliceBreakdown breakdown, Optional<String> focus) {
        this.breakdown = breakdown;
        this.rows = breakdown.rows().stream().map(r -> new SliceRowItem(r, focus.filter(r.slice()::equals).isPresent()))
                .toList();
        this.focus = focus;
    }

    public SliceBreakdownViewModel(SliceBreakdown breakdown) {
        this(breakdown, Optional.empty());
    }

    /** The row of the focused slice, if this breakdown has it. */
    public Optional<SliceRowItem> focused() {
        return rows.stream().filter(SliceRowItem::focused).findFirst();
    }

    /** The row states the table draws: {@code bad}, {@code doubtful}, {@code focus}. */
    public static Set<String> states(SliceRowItem item) {
        Set<String> s = new HashSet<>();
        if (item.bad()) {
            s.add("bad");
        }
        if (item.doubtful()) {
            s.add("doubtful");
        }
        if (item.focused()) {
            s.add("focus");
        }
        return s;
    }

    /** The text a row filter searches. */
    public static String searchText(SliceRowItem item) {
        return item.slice() + " " + item.row().slice() + " " + item.verdict();
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
        return new SliceRowItem(breakdown.aggregate(), false);
    }

    /** The dimension the slices cut, e.g. {@code os}. */
    public String dimension() {
        return breakdown.dimension();
    }

    /** Whether the view was reached for a slice it holds. */
    public boolean hasFocus() {
        return focus.isPresent() && focused().isPresent();
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
