package dev.mlwb.analysis.checks.features;

import dev.mlwb.analysis.bundle.Role;
import java.util.Set;
import java.util.EnumSet;
import dev.mlwb.analysis.check.Check;
import dev.mlwb.analysis.check.CheckContext;
import dev.mlwb.analysis.check.CheckResult;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.check.ThresholdSpec;
import dev.mlwb.analysis.checks.data.ComparedPair;
import dev.mlwb.analysis.data.FeatureColumn;
import dev.mlwb.analysis.data.IncidentData;
import dev.mlwb.analysis.evidence.DifferenceBin;
import dev.mlwb.analysis.evidence.SkewComparison;
import dev.mlwb.analysis.evidence.SkewExample;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import dev.mlwb.analysis.stats.RateInterval;
import dev.mlwb.analysis.stats.WilsonInterval;
import java.util.Optional;

/**
 * {@code features.skew}: two pipelines (training and serving) compute different values for the
 * same entity at the same time. For each comparison whose datasets share entities, the rows are
 * joined on entity and timestamp (large datasets on a consistent sample of entities, {@link SkewJoin});
 * per feature, the share of joined rows whose values differ beyond the tolerance, the mean signed
 * difference (its direction), and the worst rows. When the joined rows do not describe the same
 * requests at all ({@link UnrelatedRows}), one warning about the join keys replaces the features' findings.
 */
public final class SkewCheck implements Check {
    public static final String ID = "features.skew";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Training and serving pipelines compute different values for the same entity and time";
    }

    @Override
    public Set<Role> reads() {
        return EnumSet.of(Role.FEATURES);
    }

    @Override
    public List<ThresholdSpec> thresholds() {
        return List.of(
                new ThresholdSpec("atol", 1e-9, "values differing by at most atol + rtol × |reference| match"),
                new ThresholdSpec("rtol", 1e-3, "see atol"),
                new ThresholdSpec("critical_share", 0.01, "a feature mismatching on more joined rows than this is critical"),
                new ThresholdSpec("warning_share", 0.001, "a feature mismatching on more joined rows than this is a warning"));
    }

    @Override
    public Optional<String> skipReason(IncidentData data) {
        return ComparedPair.of(data).stream().anyMatch(p -> p.reference().has("entity") && p.current().has("entity"))
                ? Optional.empty()
                : Optional.of("no comparison of two features datasets that both map an entity column (and a timestamp)");
    }

    /**
     * One feature of one joined pair.
     *
     * @param interval for a sampled join, the 95 % Wilson interval of the mismatch share; the share itself otherwise
     */
    record Compared(SkewJoin join, FeatureColumn feature, SkewComparison evidence, Optional<Severity> severity,
                    RateInterval interval, double correlation) {
    }

    @Override
    public CheckResult run(CheckContext ctx) throws SQLException {
        CheckResult.Builder result = CheckResult.builder();
        List<ComparedPair> pairs = ComparedPair.of(ctx.data());
        List<dev.mlwb.analysis.bundle.Comparison> joined = new ArrayList<>();
        for (ComparedPair p : pairs) {
            ctx.cancellation().throwIfCancelled();
            List<Compared> all = new ArrayList<>();
            long joinedRows = -1;
            SkewJoin first = null;
            for (List<FeatureColumn> group : SkewJoin.groups(p)) {
                Optional<SkewJoin> join = SkewJoin.of(ctx.db(), p, SkewJoin.modulus(p), group);
                if (join.isEmpty()) {
                    break;
                }
                try {
                    SkewQueries.Totals t = SkewQueries.totals(ctx.db(), join.get(), ctx.threshold("atol"),
                            ctx.threshold("rtol"));
                    joinedRows = t.joined();
                    if (t.joined() == 0) {
                        break;
                    }
                    first = first == null ? join.get() : first;
                    Map<Integer, SkewQueries.Details> details = SkewQueries.details(ctx.db(), join.get(), t,
                            ctx.threshold("atol"), ctx.threshold("rtol"));
                    for (int i = 0; i < group.size(); i++) {
                        all.add(compare(ctx, join.get(), t, i, details.get(i)));
                    }
                } finally {
                    join.get().drop(ctx.db());
                }
            }
            if (all.isEmpty() || joinedRows <= 0) {
                continue;
            }
            joined.add(p.comparison());
            String prefix = ComparedPair.measurePrefix(joined, joined.size() - 1);
            for (Compared c : all) {
                result.evidence(c.evidence());
                result.measures(Subject.feature(c.feature().name()), measures(prefix, c, joinedRows));
            }
            UnrelatedRows unrelated = UnrelatedRows.judge(ctx.data(), p, all);
            if (unrelated.isUnrelated()) {
                result.finding(unrelated.finding(ID, first, joinedRows));
                continue;
            }
            all.stream().filter(c -> c.severity().isPresent())
                    .sorted(Comparator.comparing((Compared c) -> c.severity().orElseThrow())
                            .thenComparing(c -> -c.evidence().mismatchShare()))
                    .forEach(c -> result.finding(SkewFinding.build(ID, c, ctx)));
        }
        return result.build();
    }

    private static Map<String, Double> measures(String prefix, Compared c, long joinedRows) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put(prefix + "mismatch_share", c.evidence().mismatchShare());
        m.put(prefix + "joined_rows", (double) joinedRows);
        m.put(prefix + "mean_signed_diff", c.evidence().meanSignedDiff());
        if (c.join().sampled()) {
            m.put(prefix + "mismatch_share_low", c.interval().lower());
            m.put(prefix + "mismatch_share_high", c.interval().upper());
            m.put(prefix + "sampling_modulus", (double) c.join().modulus());
        }
        if (!Double.isNaN(c.correlation())) {
            m.put(prefix + "value_correlation", c.correlation());
        }
        return m;
    }

    private static Compared compare(CheckContext ctx, SkewJoin j, SkewQueries.Totals t, int i,
                                    SkewQueries.Details details) {
        FeatureColumn f = j.features().get(i);
        long m = t.mismatches()[i];
        double share = (double) m / t.joined();
        List<DifferenceBin> diffs = details == null ? List.of() : details.differences();
        List<SkewExample> examples = details == null ? List.of() : details.examples();
        SkewComparison e = new SkewComparison(f.name() + ", " + j.pair().label() + " joined on " + j.keys()
                + (j.sampled() ? " (1 entity in " + j.modulus() + ")" : ""), f.name(),
                j.pair().reference().name(), j.pair().current().name(), j.keys(), t.joined(), m, share, t.higher()[i],
                t.meanDiff()[i], t.meanReference()[i], ctx.threshold("atol"), ctx.threshold("rtol"), diffs, examples);
        Optional<Severity> s = share > ctx.threshold("critical_share") ? Optional.of(Severity.CRITICAL)
                : share > ctx.threshold("warning_share") ? Optional.of(Severity.WARNING) : Optional.empty();
        RateInterval interval = j.sampled() ? WilsonInterval.of(m, t.joined(), 0.05) : new RateInterval(share, share);
        return new Compared(j, f, e, s, interval, t.correlation()[i]);
    }
}
