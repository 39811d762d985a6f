package dev.mlwb.analysis.checks.data;

import java.util.EnumSet;
import dev.mlwb.analysis.check.Check;
import dev.mlwb.analysis.check.CheckContext;
import dev.mlwb.analysis.check.CheckResult;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.check.ThresholdSpec;
import dev.mlwb.analysis.bundle.Role;
import dev.mlwb.analysis.data.FeatureColumn;
import dev.mlwb.analysis.data.IncidentData;
import dev.mlwb.analysis.data.Table;
import dev.mlwb.analysis.evidence.ImputationBatch;
import dev.mlwb.analysis.evidence.ImputationBatches;
import dev.mlwb.analysis.evidence.ImputationConcentration;
import dev.mlwb.analysis.profile.NumericProfile;
import dev.mlwb.analysis.profile.PartProfile;
import dev.mlwb.analysis.profile.Profiles;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code data.imputation}: silent imputation. From the pipeline log, a feature whose imputation
 * rate in a batch exceeds the limit, with the imputed rows found in the features (by record id or
 * by the value substituted) to show whether they pile up in some slice or category. Without logs,
 * a numeric feature one of whose values suddenly holds a large share of rows is reported as a
 * probable silent imputation.
 */
public final class ImputationCheck implements Check {
    public static final String ID = "data.imputation";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Silent imputation: imputation rate per batch from the log, or a value that suddenly holds many rows";
    }

    @Override
    public Set<Role> reads() {
        return EnumSet.of(Role.FEATURES, Role.EVENTS);
    }

    @Override
    public List<ThresholdSpec> thresholds() {
        return List.of(
                new ThresholdSpec("max_rate", 0.02, "an imputation rate above this in a batch is a warning"),
                new ThresholdSpec("concentration_share", 0.5,
                        "critical when at least this share of the imputations falls in over-represented values"),
                new ThresholdSpec("lift", 2, "a value imputed at this multiple of the overall rate is over-represented"),
                new ThresholdSpec("spike_ratio", 5,
                        "without logs: a value whose share grew this many times over the reference is suspect"));
    }

    @Override
    public Optional<String> skipReason(IncidentData data) {
        return data.events().isEmpty() && ComparedPair.of(data).isEmpty()
                ? Optional.of("no events source (for imputation events) and no comparison of two features datasets "
                + "(to find values that suddenly hold many rows)")
                : Optional.empty();
    }

    @Override
    public CheckResult run(CheckContext ctx) throws SQLException {
        CheckResult.Builder result = CheckResult.builder();
        Set<String> covered = new HashSet<>();
        Optional<Table> events = ctx.data().events();
        if (events.isPresent()) {
            for (ImputationLog.Feature f : ImputationLog.read(ctx.db(), events.get())) {
                ctx.cancellation().throwIfCancelled();
                covered.add(f.name());
                logged(ctx, result, events.get(), f);
            }
        }
        Profiles profiles = Profiles.of(ctx.data());
        for (ComparedPair p : ComparedPair.of(ctx.data())) {
            Optional<PartProfile> ref = profiles.of(p.reference());
            Optional<PartProfile> cur = profiles.of(p.current());
            for (FeatureColumn f : p.shared()) {
                if (f.numeric() && ref.isPresent() && cur.isPresent() && covered.add(f.name())) {
                    ctx.cancellation().throwIfCancelled();
                    inferred(ctx, result, p, f, ref.get(), cur.get());
                }
            }
        }
        return result.build();
    }

    private void logged(CheckContext ctx, CheckResult.Builder result, Table events, ImputationLog.Feature f)
            throws SQLException {
        Optional<Located> at = locate(ctx.data(), events, f);
        double rate = f.hasTotals() ? f.maxRate()
                : at.map(l -> (double) l.imputed() / l.dataset().rows()).orElse(Double.NaN);
        List<ImputationConcentration> breakdowns = at.isEmpty() ? List.of()
                : ImputedRows.breakdowns(ctx.db(), at.get().dataset(), at.get().marker(), f.name(), ctx.threshold("lift"));
        ImputationBatches batches = new ImputationBatches("Imputations of " + f.name() + " per batch (from the log)",
                f.name(), "events", f.value().map(ValueParse::number).orElse(Double.NaN), ctx.threshold("max_rate"),
                f.hasTotals() ? f.batches() : List.of(new ImputationBatch("all batches", Optional.empty(),
                        at.map(Located::imputed).orElse(f.imputed()), at.map(l -> l.dataset().rows()).orElse(0L), rate)));
        Subject subject = Subject.feature(f.name());
        result.evidence(batches);
        breakdowns.forEach(result::evidence);
        Optional<ImputationConcentration> best = breakdowns.stream().findFirst();
        result.measures(subject, "imputation_rate", rate, "overall_rate", f.overallRate(), "imputed_rows",
                (double) f.imputed(),
                "concentrated_share", best.map(ImputationConcentration::hotShare).orElse(Double.NaN));
        if (rate > ctx.threshold("max_rate")) {
            boolean concentrated = best.filter(b -> concentrated(ctx, b)).isPresent();
            result.finding(ImputationFinding.logged(ID, concentrated ? Severity.CRITICAL : Severity.WARNING, f, rate,
                    batches, best, at.map(l -> l.marker().how()), ctx));
        }
    }

    static boolean concentrated(CheckContext ctx, ImputationConcentration c) {
        return c.hotShare() >= ctx.threshold("concentration_share") && c.imputedRows() >= ImputedRows.MIN_IMPUTED;
    }

    /** Where a logged feature's imputed rows are: a dataset and a predicate. */
    record Located(Table dataset, ImputedRows.Marker marker, long imputed) {
    }

    /**
     * The features dataset holding the most imputed rows: by the value substituted when the log names one
     * (exact per row), else by the record ids joined on entity (an entity with several rows counts them all).
     */
    private static Optional<Located> locate(IncidentData data, Table events, ImputationLog.Feature f)
            throws SQLException {
        Optional<Located> best = Optional.empty();
        for (Table t : data.tables(Role.FEATURES)) {
            if (t.feature(f.name()).isEmpty()) {
                continue;
            }
            boolean byValue = f.value().isPresent() && t.feature(f.name()).filter(FeatureColumn::numeric).isPresent()
                    && !Double.isNaN(ValueParse.number(f.value().get()));
            ImputedRows.Marker m;
            if (byValue) {
                m = ImputedRows.byValue(t.feature(f.name()).orElseThrow(), ValueParse.number(f.value().get()),
                        f.value().get());
            } else if (f.records() > 0 && t.has("entity")) {
                m = ImputedRows.byRecords(events, f.name());
            } else {
                continue;
            }
            long n = ImputedRows.count(data.db(), t, m);
            if (n > 0 && (best.isEmpty() || n > best.get().imputed())) {
                best = Optional.of(new Located(t, m, n));
            }
        }
        return best;
    }

    private void inferred(CheckContext ctx, CheckResult.Builder result, ComparedPair p, FeatureColumn f,
                          PartProfile ref, PartProfile cur) throws SQLException {
        Optional<NumericProfile> rn = ref.numeric(f.name());
        Optional<NumericProfile> cn = cur.numeric(f.name());
        if (rn.isEmpty() || cn.isEmpty()) {
            return;
        }
        Subject subject = Subject.feature(f.name());
        Optional<ValueSpikes.Spike> spike = ValueSpikes.top(ctx.db(), p.reference(), p.current(), f, rn.get(), cn.get(),
                ctx.threshold("max_rate"), ctx.threshold("spike_ratio"));
        if (spike.isEmpty()) {
            result.measures(subject, "largest_bin_share", ValueSpikes.largestBinShare(cn.get()));
            return;
        }
        ValueSpikes.Spike s = spike.get();
        result.measures(subject, "top_value_share", s.currentShare(), "reference_value_share", s.referenceShare(),
                "imputation_rate", Math.max(0, s.excess()));
        boolean suspect = s.excess() > ctx.threshold("max_rate")
                && s.currentShare() >= ctx.threshold("spike_ratio") * s.referenceShare();
        if (!suspect) {
            return;
        }
        ImputedRows.Marker m = ImputedRows.byValue(f, s.value());
        List<ImputationBatch> windows = ValueSpikes.perWindow(ctx.db(), p.current(), m, cur.window());
        ImputationBatches batches = new ImputationBatches("Share of " + p.current().name() + " rows where " + f.name()
                + " = " + Numbers.sig(s.value()), f.name(), "values", s.value(), ctx.threshold("max_rate"), windows);
        List<ImputationConcentration> breakdowns = ImputedRows.breakdowns(ctx.db(), p.current(), m, f.name(),
                ctx.threshold("lift"));
        result.evidence(batches);
        breakdowns.forEach(result::evidence);
        Optional<ImputationConcentration> best = breakdowns.stream().findFirst();
        boolean critical = s.meaning().isPresent() && best.filter(b -> concentrated(ctx, b)).isPresent();
        result.finding(ImputationFinding.inferred(ID, critical ? Severity.CRITICAL : Severity.WARNING, p, f, s,
                batches, best, ctx));
    }
}
