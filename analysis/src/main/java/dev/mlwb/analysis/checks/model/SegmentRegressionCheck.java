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
import dev.mlwb.analysis.stats.MultipleTesting;
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
 * stricter drop. Every segment × metric (precision, recall, AUC) of every dimension is one test of one family,
 * Holm-adjusted, so that many small segments do not produce a regression by chance. Severity weighs effect and
 * evidence: a drop beyond the limit is critical with an adjusted one-sided p-value below {@code alpha_critical}
 * and a warning below {@code alpha}.
 */
public final class SegmentRegressionCheck implements Check {
    public static final String ID = "model.segment-regression";
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

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
                new ThresholdSpec("alpha", 0.05, "a drop beyond the limit is a warning when its one-sided p-value, "
                        + "Holm-adjusted over every segment × metric the check compares, is below this"),
                new ThresholdSpec("alpha_critical", 0.01, "... and critical when the adjusted p-value is below this"));
    }

    static List<Table> tables(IncidentData data) {
        return CalibrationCheck.labelled(data).stream().filter(t -> t.has("arm") && !t.slices().isEmpty()).toList();
    }

    @Override
    public Optional<String> skipReason(IncidentData data) {
        return tables(data).isEmpty() ? Optional.of("no predictions source with arm, slices and labels")
                : Optional.empty();
    }

    /** One table × dimension: its segments' quality per arm before the correction. */
    private record Group(List<String> dim, SegmentRow aggregate, List<Segment> segments) {
    }

    /** One segment of a group. */
    private record Segment(SliceKey slice, boolean critical, LabelledScores.Quality baseline,
                           LabelledScores.Quality canary, SegmentComparison.Drop[] drops, boolean judged) {
    }

    @Override
    public CheckResult run(CheckContext ctx) throws SQLException {
        CheckResult.Builder result = CheckResult.builder();
        Arms arms = ctx.manifest().arms();
        SegmentComparison.Rules rules = new SegmentComparison.Rules(ctx.threshold("max_drop"),
                ctx.threshold("critical_slice_drop"), ctx.threshold("min_rows"), ctx.threshold("alpha"),
                ctx.threshold("alpha_critical"));
        Set<SliceKey> critical = Set.copyOf(ctx.manifest().criticalSlices());
        double threshold = ctx.threshold("decision_threshold");
        List<Group> groups = new ArrayList<>();
        for (Table t : tables(ctx.data())) {
            Map<String, LabelledScores.Quality> byArm = LabelledScores.of(t, "CAST(__arm AS VARCHAR)", "")
                    .quality(ctx.db(), threshold);
            if (!byArm.containsKey(arms.baseline()) || !byArm.containsKey(arms.canary())) {
                continue;
            }
            LabelledScores.Quality b = byArm.get(arms.baseline());
            LabelledScores.Quality c = byArm.get(arms.canary());
            SegmentComparison.Drop[] d = SegmentComparison.drops(b, c);
            SegmentRow aggregate = SegmentComparison.row("all", "all rows", false, b, c, d,
                    java.util.Arrays.stream(d).mapToDouble(SegmentComparison.Drop::pValue).toArray(), rules);
            measures(result, Subject.model(arms.canary()), aggregate);
            for (List<String> dim : dimensions(t, critical)) {
                ctx.cancellation().throwIfCancelled();
                groups.add(new Group(dim, aggregate, segments(ctx, t, dim, critical, rules, threshold)));
            }
        }
        List<Double> raw = new ArrayList<>();
        for (Group g : groups) {
            for (Segment s : g.segments()) {
                for (SegmentComparison.Drop d : s.drops()) {
                    raw.add(s.judged() ? d.pValue() : Double.NaN);
                }
            }
        }
        double[] adjusted = MultipleTesting.holm(raw.stream().mapToDouble(Double::doubleValue).toArray());
        long comparisons = java.util.Arrays.stream(adjusted).filter(p -> !Double.isNaN(p)).count();
        int next = 0;
        for (Group g : groups) {
            List<SegmentRow> rows = new ArrayList<>();
            Map<String, double[]> rawP = new java.util.LinkedHashMap<>();
            for (Segment s : g.segments()) {
                double[] adj = java.util.Arrays.copyOfRange(adjusted, next, next + s.drops().length);
                next += s.drops().length;
                rows.add(SegmentComparison.row(s.slice().toString(), s.slice().label(), s.critical(), s.baseline(),
                        s.canary(), s.drops(), adj, rules));
                rawP.put(s.slice().toString(), java.util.Arrays.stream(s.drops())
                        .mapToDouble(SegmentComparison.Drop::pValue).toArray());
            }
            rows.sort(java.util.Comparator.comparingDouble((SegmentRow r) -> Double.isNaN(r.worstDrop()) ? 0 : -r.worstDrop()));
            rows.forEach(r -> measures(result, Subject.slice(SliceKey.parse(r.slice()).orElseThrow()), r));
            SegmentMetrics e = new SegmentMetrics("Precision, recall and AUC by " + String.join(" × ", g.dim()) + ", "
                    + arms.baseline() + " vs " + arms.canary(), String.join(",", g.dim()), arms.baseline(), arms.canary(),
                    threshold, rules.maxDrop(), rules.criticalMaxDrop(), g.aggregate(), rows);
            result.evidence(e);
            if (rows.stream().anyMatch(SegmentRegressionCheck::flagged)) {
                result.finding(SegmentFinding.build(ID, e, rules, ctx, rawP, comparisons));
            }
        }
        return result.build();
    }

    static boolean flagged(SegmentRow r) {
        return r.verdict() == SliceVerdict.REGRESSION || r.verdict() == SliceVerdict.PROBABLE_REGRESSION;
    }

    private static void measures(CheckResult.Builder result, Subject s, SegmentRow r) {
        result.measures(s, "baseline_precision", r.baselinePrecision(), "canary_precision", r.canaryPrecision(),
                "baseline_recall", r.baselineRecall(), "canary_recall", r.canaryRecall(), "baseline_auc",
                r.baselineAuc(), "canary_auc", r.canaryAuc(), "rows", r.baselineRows() + r.canaryRows(),
                "adjusted_pvalue", r.pValue());
    }

    private static List<Segment> segments(CheckContext ctx, Table t, List<String> dim, Set<SliceKey> critical,
                                          SegmentComparison.Rules rules, double threshold) throws SQLException {
        Arms arms = ctx.manifest().arms();
        String key = "CAST(to_json(list_value(" + dim.stream().map(Sql::sliceValue).collect(Collectors.joining(", "))
                + ")) AS VARCHAR)";
        Map<String, LabelledScores.Quality> b = LabelledScores.of(t, key, "__arm = " + Sql.string(arms.baseline()))
                .quality(ctx.db(), threshold);
        Map<String, LabelledScores.Quality> c = LabelledScores.of(t, key, "__arm = " + Sql.string(arms.canary()))
                .quality(ctx.db(), threshold);
        List<Segment> out = new ArrayList<>();
        for (String k : b.keySet()) {
            SliceKey slice = sliceKey(dim, k);
            if (c.containsKey(k) && (dim.size() == 1 || critical.stream().anyMatch(slice::within))) {
                out.add(new Segment(slice, critical.stream().anyMatch(slice::within), b.get(k), c.get(k),
                        SegmentComparison.drops(b.get(k), c.get(k)), SegmentComparison.judged(b.get(k), c.get(k), rules)));
            }
        }
        return out;
    }

    /** The slice of a group key: a JSON list of the dimension's values, in its order. */
    private static SliceKey sliceKey(List<String> dim, String json) {
        try {
            List<?> values = JSON.readValue(json, List.class);
            Map<String, String> key = new java.util.LinkedHashMap<>();
            for (int i = 0; i < dim.size(); i++) {
                key.put(dim.get(i), String.valueOf(values.get(i)));
            }
            return SliceKey.of(key);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("segment key " + json + " is not a JSON list", e);
        }
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
