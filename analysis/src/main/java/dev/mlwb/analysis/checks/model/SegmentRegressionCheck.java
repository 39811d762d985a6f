package dev.mlwb.analysis.checks.model;

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
import dev.mlwb.analysis.data.Sql;
import dev.mlwb.analysis.data.Table;
import dev.mlwb.analysis.evidence.SegmentMetrics;
import dev.mlwb.analysis.evidence.SegmentRow;
import dev.mlwb.analysis.evidence.SliceVerdict;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code model.segment-regression}: the canary's precision, recall (at the decision threshold) or
 * AUC falls in a segment while the aggregate holds or improves. Per slice column (and per
 * multi-column critical slice), per arm, from labelled predictions; critical slices are held to the
 * stricter drop. A drop counts when it exceeds the limit with enough rows and is significant at
 * {@code alpha} divided by the number of comparisons in the dimension (three metrics per segment,
 * Bonferroni), so that many small segments do not produce a regression by chance.
 */
public final class SegmentRegressionCheck implements Check {
    public static final String ID = "model.segment-regression";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Aggregate metric holds or improves but a segment's precision, recall or AUC falls";
    }

    @Override
    public Set<Role> reads() {
        return EnumSet.of(Role.PREDICTIONS, Role.LABELS);
    }

    @Override
    public List<ThresholdSpec> thresholds() {
        return List.of(
                new ThresholdSpec("max_drop", 0.03, "an absolute drop beyond this degrades a segment"),
                new ThresholdSpec("critical_slice_drop", 0.02, "the same for critical slices"),
                new ThresholdSpec("min_rows", 200, "labelled rows each arm needs in a segment to judge it"),
                new ThresholdSpec("decision_threshold", 0.5, "a score at or above this predicts the positive class"),
                new ThresholdSpec("alpha", 0.05, "one-sided significance level a drop must reach"));
    }

    static List<Table> tables(IncidentData data) {
        return CalibrationCheck.labelled(data).stream().filter(t -> t.has("arm") && !t.slices().isEmpty()).toList();
    }

    @Override
    public Optional<String> skipReason(IncidentData data) {
        return tables(data).isEmpty() ? Optional.of("no predictions source with arm, slices and labels")
                : Optional.empty();
    }

    @Override
    public CheckResult run(CheckContext ctx) throws SQLException {
        CheckResult.Builder result = CheckResult.builder();
        Arms arms = ctx.manifest().arms();
        SegmentComparison.Rules rules = new SegmentComparison.Rules(ctx.threshold("max_drop"),
                ctx.threshold("critical_slice_drop"), ctx.threshold("min_rows"), ctx.threshold("alpha"));
        Set<SliceKey> critical = Set.copyOf(ctx.manifest().criticalSlices());
        double threshold = ctx.threshold("decision_threshold");
        for (Table t : tables(ctx.data())) {
            Map<String, LabelledScores.Quality> byArm = LabelledScores.of(t, "CAST(__arm AS VARCHAR)", "")
                    .quality(ctx.db(), threshold);
            if (!byArm.containsKey(arms.baseline()) || !byArm.containsKey(arms.canary())) {
                continue;
            }
            SegmentRow aggregate = SegmentComparison.row("all", "all rows", false, byArm.get(arms.baseline()),
                    byArm.get(arms.canary()), rules);
            measures(result, Subject.model(arms.canary()), aggregate);
            for (List<String> dim : dimensions(t, critical)) {
                ctx.cancellation().throwIfCancelled();
                List<SegmentRow> rows = segments(ctx, t, dim, critical, rules, threshold);
                rows.forEach(r -> measures(result, Subject.slice(SliceKey.parse(r.slice()).orElseThrow()), r));
                SegmentMetrics e = new SegmentMetrics("Precision, recall and AUC by " + String.join(" × ", dim) + ", "
                        + arms.baseline() + " vs " + arms.canary(), String.join(",", dim), arms.baseline(), arms.canary(),
                        threshold, rules.maxDrop(), rules.criticalMaxDrop(), aggregate, rows);
                result.evidence(e);
                if (rows.stream().anyMatch(r -> r.verdict() == SliceVerdict.REGRESSION)) {
                    result.finding(SegmentFinding.build(ID, e, rules, ctx));
                }
            }
        }
        return result.build();
    }

    private static void measures(CheckResult.Builder result, Subject s, SegmentRow r) {
        result.measures(s, "baseline_precision", r.baselinePrecision(), "canary_precision", r.canaryPrecision(),
                "baseline_recall", r.baselineRecall(), "canary_recall", r.canaryRecall(), "baseline_auc",
                r.baselineAuc(), "canary_auc", r.canaryAuc(), "rows", r.baselineRows() + r.canaryRows());
    }

    private static List<SegmentRow> segments(CheckContext ctx, Table t, List<String> dim, Set<SliceKey> critical,
                                             SegmentComparison.Rules rules, double threshold) throws SQLException {
        Arms arms = ctx.manifest().arms();
        String key = dim.stream().map(c -> Sql.string(c + "=") + " || " + Sql.sliceValue(c))
                .collect(Collectors.joining(" || ',' || "));
        Map<String, LabelledScores.Quality> b = LabelledScores.of(t, key, "__arm = " + Sql.string(arms.baseline()))
                .quality(ctx.db(), threshold);
        Map<String, LabelledScores.Quality> c = LabelledScores.of(t, key, "__arm = " + Sql.string(arms.canary()))
                .quality(ctx.db(), threshold);
        Map<SliceKey, String> compared = new java.util.LinkedHashMap<>();
        for (String k : b.keySet()) {
            Optional<SliceKey> slice = SliceKey.parse(k);
            if (slice.isPresent() && c.containsKey(k)
                    && (dim.size() == 1 || critical.stream().anyMatch(slice.get()::within))) {
                compared.put(slice.get(), k);
            }
        }
        SegmentComparison.Rules corrected = rules.correctedFor(3 * Math.max(1, compared.size()));
        List<SegmentRow> rows = new ArrayList<>();
        compared.forEach((slice, k) -> rows.add(SegmentComparison.row(slice.toString(), slice.label(),
                critical.stream().anyMatch(slice::within), b.get(k), c.get(k), corrected)));
        rows.sort(java.util.Comparator.comparingDouble((SegmentRow r) -> Double.isNaN(r.worstDrop()) ? 0 : -r.worstDrop()));
        return rows;
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
}
