package dev.mlwb.analysis.checks.canary;

import dev.mlwb.analysis.bundle.Role;
import java.util.EnumSet;
import dev.mlwb.analysis.bundle.Arms;
import dev.mlwb.analysis.bundle.SliceKey;
import dev.mlwb.analysis.check.Check;
import dev.mlwb.analysis.check.CheckContext;
import dev.mlwb.analysis.check.CheckResult;
import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.check.ThresholdSpec;
import dev.mlwb.analysis.data.IncidentData;
import dev.mlwb.analysis.data.Row;
import dev.mlwb.analysis.data.Sql;
import dev.mlwb.analysis.data.Table;
import dev.mlwb.analysis.evidence.SliceBreakdown;
import dev.mlwb.analysis.evidence.SliceRow;
import dev.mlwb.analysis.evidence.SliceVerdict;
import dev.mlwb.analysis.format.Fmt;
import dev.mlwb.analysis.stats.MultipleTesting;
import dev.mlwb.analysis.time.TimeRange;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code canary.slice-guard}: a slice's business metric (CTR, conversion) drops under the canary, beyond the guard
 * threshold and significantly, even where the aggregate looks fine. Critical slices from the manifest are held to
 * the stricter threshold. Every slice × metric the check compares (over every slice column and every
 * multi-column critical slice) is one test of one family: the one-sided two-proportion z-test's p-values are
 * Holm-adjusted over all of them, so that many slices do not produce a regression by chance. Severity weighs effect
 * and evidence: critical needs the drop beyond the threshold and an adjusted p below {@code alpha_critical}; a
 * drop beyond the threshold with an adjusted p below {@code alpha} is a warning.
 */
public final class SliceGuardCheck implements Check {
    public static final String ID = "canary.slice-guard";

    /** One slice's comparison before the family's correction. */
    private record Compared(SliceKey slice, boolean critical, RateComparison rates, boolean judged) {
    }

    /** One table × metric × dimension: its aggregate and its slices. */
    private record Group(Table table, BusinessMetric metric, boolean firstMetric, List<String> dim,
                         RateComparison aggregate, List<Compared> slices) {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "A slice degrades under the canary even where the aggregate looks fine";
    }

    @Override
    public Set<Role> reads() {
        return EnumSet.of(Role.METRICS, Role.EVENTS);
    }

    @Override
    public List<ThresholdSpec> thresholds() {
        return List.of(
                new ThresholdSpec("critical_slice_drop", 0.03, "relative drop that fails a critical slice"),
                new ThresholdSpec("slice_drop", 0.05, "relative drop that fails any other slice"),
                new ThresholdSpec("alpha", 0.05, "a drop beyond the threshold is a warning when its one-sided "
                        + "two-proportion z-test, Holm-adjusted over every slice × metric compared, is below this"),
                new ThresholdSpec("alpha_critical", 0.01, "... and critical when the adjusted p-value is below this"),
                new ThresholdSpec("min_traffic", 500, "trials (impressions, clicks) each arm needs in a slice to judge it"));
    }

    @Override
    public Optional<String> skipReason(IncidentData data) {
        return guarded(data).isEmpty()
                ? Optional.of("no metrics source with arm, slices and clicks + impressions or conversions")
                : Optional.empty();
    }

    private static List<Table> guarded(IncidentData data) {
        return data.metrics().stream()
                .filter(t -> t.has("arm") && !t.slices().isEmpty() && !BusinessMetric.available(t).isEmpty())
                .toList();
    }

    @Override
    public CheckResult run(CheckContext ctx) throws SQLException {
        Set<SliceKey> critical = Set.copyOf(ctx.manifest().criticalSlices());
        List<Group> groups = new ArrayList<>();
        for (Table t : guarded(ctx.data())) {
            boolean firstMetric = true;
            for (BusinessMetric metric : BusinessMetric.available(t)) {
                Map<SliceKey, RateComparison> all = rates(ctx, t, metric, List.of());
                RateComparison aggregate = all.values().stream().findFirst().orElse(new RateComparison(0, 0, 0, 0));
                for (List<String> dim : dimensions(t, critical)) {
                    ctx.cancellation().throwIfCancelled();
                    Map<SliceKey, RateComparison> bySlice = rates(ctx, t, metric, dim);
                    if (dim.size() > 1) {
                        bySlice.keySet().removeIf(k -> !SliceMix.isCritical(k, critical));
                    }
                    List<Compared> slices = new ArrayList<>();
                    bySlice.forEach((k, r) -> slices.add(new Compared(k, SliceMix.isCritical(k, critical), r,
                            judged(ctx, r))));
                    groups.add(new Group(t, metric, firstMetric, dim, aggregate, slices));
                }
                firstMetric = false;
            }
        }
        List<Double> raw = new ArrayList<>();
        groups.forEach(g -> g.slices().stream().filter(Compared::judged).forEach(c -> raw.add(c.rates().dropPValue())));
        double[] adjusted = MultipleTesting.holm(raw.stream().mapToDouble(Double::doubleValue).toArray());
        CheckResult.Builder result = CheckResult.builder();
        int next = 0;
        for (Group g : groups) {
            List<SliceRow> rows = new ArrayList<>();
            double bt = g.slices().stream().mapToDouble(c -> c.rates().baselineTrials()).sum();
            double ct = g.slices().stream().mapToDouble(c -> c.rates().canaryTrials()).sum();
            for (Compared c : g.slices()) {
                double p = c.judged() ? adjusted[next++] : Double.NaN;
                RateComparison r = c.rates();
                rows.add(new SliceRow(c.slice().toString(), c.slice().label(), c.critical(), r.baselineTrials(),
                        r.canaryTrials(), bt > 0 ? r.baselineTrials() / bt : Double.NaN,
                        ct > 0 ? r.canaryTrials() / ct : Double.NaN, r.baselineRate(), r.canaryRate(),
                        r.relativeChange(), p, verdict(ctx, c, p)));
            }
            rows.sort(java.util.Comparator.comparingDouble(SliceRow::relativeChange));
            SliceBreakdown evidence = breakdown(ctx.manifest().arms(), g.metric(), g.dim(), g.aggregate(), rows, ctx);
            result.evidence(evidence);
            String prefix = g.firstMetric() ? "" : g.metric().name() + "_";
            Map<String, Double> rawP = new LinkedHashMap<>();
            g.slices().forEach(c -> rawP.put(c.slice().toString(), c.rates().dropPValue()));
            for (int i = 0; i < g.slices().size(); i++) {
                Compared c = g.slices().get(i);
                SliceRow r = rows.stream().filter(x -> x.slice().equals(c.slice().toString())).findFirst().orElseThrow();
                result.measures(Subject.slice(c.slice()), prefix + "baseline_rate", r.baselineRate(),
                        prefix + "canary_rate", r.canaryRate(), prefix + "relative_change", r.relativeChange(),
                        prefix + "pvalue", c.rates().dropPValue(), prefix + "adjusted_pvalue", r.pValue());
            }
            if (rows.stream().anyMatch(SliceGuardCheck::flagged)) {
                result.finding(SliceGuardFinding.build(ID, g.metric(), evidence, ctx, rawP, raw.size()));
            }
        }
        return result.build();
    }

    static boolean flagged(SliceRow r) {
        return r.verdict() == SliceVerdict.REGRESSION || r.verdict() == SliceVerdict.PROBABLE_REGRESSION;
    }

    private static boolean judged(CheckContext ctx, RateComparison r) {
        double min = ctx.threshold("min_traffic");
        return r.baselineTrials() >= min && r.canaryTrials() >= min && !Double.isNaN(r.relativeChange())
                && !Double.isNaN(r.dropPValue());
    }

    /** Each slice column, plus the column sets of multi-column critical slices. */
    private static List<List<String>> dimensions(Table t, Set<SliceKey> critical) {
        Set<List<String>> out = new LinkedHashSet<>();
        t.slices().forEach(s -> out.add(List.of(s)));
        for (SliceKey k : critical) {
            List<String> cols = List.copyOf(k.values().keySet());
            if (cols.size() > 1 && t.slices().containsAll(cols)) {
                out.add(cols);
            }
        }
        return new ArrayList<>(out);
    }

    private static SliceVerdict verdict(CheckContext ctx, Compared c, double adjustedP) {
        if (!c.judged()) {
            return SliceVerdict.INSUFFICIENT_TRAFFIC;
        }
        double limit = ctx.threshold(c.critical() ? "critical_slice_drop" : "slice_drop");
        if (!(c.rates().relativeChange() < -limit)) {
            return SliceVerdict.OK;
        }
        if (adjustedP < ctx.threshold("alpha_critical")) {
            return SliceVerdict.REGRESSION;
        }
        return adjustedP < ctx.threshold("alpha") ? SliceVerdict.PROBABLE_REGRESSION : SliceVerdict.NOT_SIGNIFICANT;
    }

    private static SliceBreakdown breakdown(Arms arms, BusinessMetric metric, List<String> dim, RateComparison agg,
                                            List<SliceRow> rows, CheckContext ctx) {
        SliceRow aggregate = new SliceRow("all", "all traffic", false, agg.baselineTrials(), agg.canaryTrials(), 1, 1,
                agg.baselineRate(), agg.canaryRate(), agg.relativeChange(), agg.dropPValue(), SliceVerdict.OK);
        String d = String.join(",", dim);
        String period = ctx.manifest().window().map(Fmt::period).orElse("the whole incident");
        return new SliceBreakdown(metric.label() + " by " + String.join(" × ", dim) + ", " + arms.baseline() + " vs "
                + arms.canary(), d, metric.name(), metric.denominator(), arms.baseline(), arms.canary(), period,
                -ctx.threshold("slice_drop"), aggregate, rows);
    }

    /** Sums of the metric's numerator and denominator per arm and slice of {@code dim}. */
    private static Map<SliceKey, RateComparison> rates(CheckContext ctx, Table t, BusinessMetric m, List<String> dim)
            throws SQLException {
        Arms arms = ctx.manifest().arms();
        StringBuilder cols = new StringBuilder();
        for (int i = 0; i < dim.size(); i++) {
            cols.append(Sql.sliceValue(dim.get(i))).append(" AS s").append(i).append(", ");
        }
        List<Object> params = new ArrayList<>(List.of(arms.canary(), arms.baseline(), arms.canary()));
        String window = "";
        Optional<TimeRange> w = ctx.manifest().window();
        if (w.isPresent() && t.has("timestamp")) {
            window = " AND __ts >= " + Sql.timestampParam() + " AND __ts < " + Sql.timestampParam();
            params.add(w.get().start().toEpochMilli() * 1000);
            params.add(w.get().end().toEpochMilli() * 1000);
        }
        String sql = "SELECT " + cols + "CAST(__arm AS VARCHAR) = ? AS canary, sum(" + t.metric(m.numerator())
                + ") AS k, sum(" + t.metric(m.denominator()) + ") AS n FROM " + t.view()
                + " WHERE CAST(__arm AS VARCHAR) IN (?, ?)" + window + " GROUP BY ALL";
        Map<SliceKey, double[]> sums = new LinkedHashMap<>();
        for (Row r : ctx.db().query(sql, params.toArray())) {
            Map<String, String> key = new LinkedHashMap<>();
            for (int i = 0; i < dim.size(); i++) {
                key.put(dim.get(i), r.str("s" + i, "(missing)"));
            }
            SliceKey k = dim.isEmpty() ? SliceKey.of("all", "all") : SliceKey.of(key);
            double[] s = sums.computeIfAbsent(k, x -> new double[4]);
            int off = Boolean.TRUE.equals(r.get("canary")) ? 2 : 0;
            s[off] += zeroIfNaN(r.dbl("k"));
            s[off + 1] += zeroIfNaN(r.dbl("n"));
        }
        Map<SliceKey, RateComparison> out = new LinkedHashMap<>();
        sums.forEach((k, s) -> out.put(k, new RateComparison(s[0], s[1], s[2], s[3])));
        return out;
    }

    private static double zeroIfNaN(double v) {
        return Double.isNaN(v) ? 0 : v;
    }
}
