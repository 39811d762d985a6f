package dev.mlwb.analysis.checks.model;

import java.util.Set;
import java.util.EnumSet;
import dev.mlwb.analysis.bundle.Arms;
import dev.mlwb.analysis.bundle.Role;
import dev.mlwb.analysis.check.Check;
import dev.mlwb.analysis.check.CheckContext;
import dev.mlwb.analysis.check.CheckResult;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.check.ThresholdSpec;
import dev.mlwb.analysis.data.IncidentData;
import dev.mlwb.analysis.data.Sql;
import dev.mlwb.analysis.data.Table;
import dev.mlwb.analysis.evidence.ReliabilityBin;
import dev.mlwb.analysis.evidence.ReliabilityDiagram;
import dev.mlwb.analysis.stats.CalibrationSummary;
import dev.mlwb.analysis.stats.ExpectedCalibrationError;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code model.calibration}: predicted probabilities disagree with observed rates. Per arm (when
 * predictions carry one) or per predictions dataset: ten equal-width score bins with mean
 * predicted, observed rate and count; ECE, MCE and Brier score. A bin off by more than {@code bin_gap} makes
 * the finding critical only with evidence: the exact binomial test that it is off by more than
 * {@code bin_margin}, Holm-adjusted over every bin compared, below {@code alpha_critical} (a warning below
 * {@code alpha}).
 */
public final class CalibrationCheck implements Check {
    public static final String ID = "model.calibration";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Predicted probabilities disagree with observed rates (reliability per arm or dataset)";
    }

    @Override
    public Set<Role> reads() {
        return EnumSet.of(Role.PREDICTIONS, Role.LABELS);
    }

    @Override
    public List<ThresholdSpec> thresholds() {
        return List.of(
                new ThresholdSpec("ece_warning", 0.05, "ECE above this is a warning"),
                new ThresholdSpec("ece_critical", 0.1, "ECE above this is critical"),
                new ThresholdSpec("bin_gap", 0.15, "a bin whose mean prediction and observed rate differ by more is critical ..."),
                new ThresholdSpec("bin_min_rows", 100, "... if it holds at least this many rows ..."),
                new ThresholdSpec("bin_margin", 0.075, "... and is significantly off by more than this (one-sided exact "
                        + "binomial test, Holm-adjusted over every bin of every arm or dataset)"),
                new ThresholdSpec("alpha", 0.05, "the bin test's adjusted p-value below which a bin is a warning"),
                new ThresholdSpec("alpha_critical", 0.01, "... and critical"),
                new ThresholdSpec("min_rows", 1000, "labelled rows an arm or dataset needs to be judged"));
    }

    static List<Table> labelled(IncidentData data) {
        return data.tables(Role.PREDICTIONS).stream().filter(t -> t.has("label")).toList();
    }

    @Override
    public Optional<String> skipReason(IncidentData data) {
        return labelled(data).isEmpty()
                ? Optional.of("no predictions source with labels (a label column, or an entity joined to a labels source)")
                : Optional.empty();
    }

    @Override
    public CheckResult run(CheckContext ctx) throws SQLException {
        CheckResult.Builder result = CheckResult.builder();
        List<ReliabilityDiagram> diagrams = new ArrayList<>();
        for (Table t : labelled(ctx.data())) {
            ctx.cancellation().throwIfCancelled();
            String key = t.has("arm") ? "CAST(__arm AS VARCHAR)" : Sql.string(t.name());
            Map<String, LabelledScores.Bins> bins = LabelledScores.of(t, key, "").calibrationBins(ctx.db(),
                    ExpectedCalibrationError.BINS);
            for (Map.Entry<String, LabelledScores.Bins> e : bins.entrySet()) {
                Subject subject = t.has("arm") ? Subject.model(e.getKey()) : Subject.source(t.name());
                ReliabilityDiagram d = diagram(subject, name(ctx.manifest().arms(), e.getKey(), t.has("arm")), e.getValue());
                diagrams.add(d);
                result.evidence(d);
                result.measures(subject, "ece", d.ece(), "mce", d.mce(), "brier", d.brier(), "rows", d.rows());
            }
        }
        Map<ReliabilityDiagram, double[]> binP = binPValues(ctx, diagrams);
        for (ReliabilityDiagram d : diagrams) {
            severity(ctx, d, binP.get(d)).ifPresent(s -> result.finding(CalibrationFinding.build(ID, s, d, diagrams, ctx,
                    binP.get(d))));
        }
        return result.build();
    }

    /**
     * Per diagram and bin: the one-sided exact binomial p-value of "the bin's observed rate lies more than
     * {@code bin_margin} from its mean prediction" (in the direction it is off), Holm-adjusted over every bin with
     * at least {@code bin_min_rows} rows of every diagram; NaN for thinner bins. The binomial's variance bounds the
     * sum of the bin's Bernoulli labels from above, so the test is conservative.
     */
    static Map<ReliabilityDiagram, double[]> binPValues(CheckContext ctx, List<ReliabilityDiagram> diagrams) {
        double margin = ctx.threshold("bin_margin");
        double minRows = ctx.threshold("bin_min_rows");
        List<Double> raw = new ArrayList<>();
        for (ReliabilityDiagram d : diagrams) {
            for (ReliabilityBin b : d.bins()) {
                raw.add(b.rows() >= Math.max(1, minRows) && !Double.isNaN(b.gap()) ? offBeyond(b, margin) : Double.NaN);
            }
        }
        double[] adjusted = dev.mlwb.analysis.stats.MultipleTesting.holm(raw.stream().mapToDouble(Double::doubleValue)
                .toArray());
        Map<ReliabilityDiagram, double[]> out = new java.util.IdentityHashMap<>();
        int next = 0;
        for (ReliabilityDiagram d : diagrams) {
            out.put(d, java.util.Arrays.copyOfRange(adjusted, next, next + d.bins().size()));
            next += d.bins().size();
        }
        return out;
    }

    private static double offBeyond(ReliabilityBin b, double margin) {
        long n = b.rows();
        long k = Math.min(n, Math.max(0, Math.round(b.observedRate() * n)));
        if (n > Integer.MAX_VALUE) {
            return Double.NaN;
        }
        if (b.gap() > 0) {
            double p0 = b.meanPredicted() - margin;
            return p0 <= 0 ? 1.0 : dev.mlwb.analysis.stats.BinomialTail.atMost(k, n, p0);
        }
        double p0 = b.meanPredicted() + margin;
        return p0 >= 1 ? 1.0 : dev.mlwb.analysis.stats.BinomialTail.atLeast(k, n, p0);
    }

    /** {@code canary v42}, {@code baseline v41}, another arm's value, or the dataset's name. */
    static String name(Arms arms, String key, boolean arm) {
        if (!arm) {
            return key;
        }
        if (key.equals(arms.canary())) {
            return key.equals("canary") ? "canary" : "canary " + key;
        }
        if (key.equals(arms.baseline())) {
            return key.equals("baseline") ? "baseline" : "baseline " + key;
        }
        return "arm " + key;
    }

    private static ReliabilityDiagram diagram(Subject subject, String name, LabelledScores.Bins b) {
        CalibrationSummary s = ExpectedCalibrationError.of(b.counts(), b.sumScore(), b.sumLabel(), b.sumSquaredError());
        List<ReliabilityBin> bins = new ArrayList<>();
        int k = b.counts().length;
        for (int i = 0; i < k; i++) {
            long n = b.counts()[i];
            double mp = n > 0 ? b.sumScore()[i] / n : Double.NaN;
            double obs = n > 0 ? b.sumLabel()[i] / n : Double.NaN;
            bins.add(new ReliabilityBin((double) i / k, (double) (i + 1) / k, n, mp, obs, mp - obs));
        }
        return new ReliabilityDiagram("Reliability of " + name, subject.toString(), name, s.rows(), s.ece(), s.mce(),
                s.brier(), bins);
    }

    /**
     * The bin the bin rule flags: off by more than {@code bin_gap} with enough rows and its adjusted p-value below
     * {@code level}, the most significant first.
     */
    static Optional<ReliabilityBin> flaggedBin(CheckContext ctx, ReliabilityDiagram d, double[] adjusted, double level) {
        ReliabilityBin best = null;
        double bestP = Double.NaN;
        for (int i = 0; i < d.bins().size(); i++) {
            ReliabilityBin b = d.bins().get(i);
            if (b.rows() >= ctx.threshold("bin_min_rows") && Math.abs(b.gap()) > ctx.threshold("bin_gap")
                    && adjusted[i] < level && (best == null || adjusted[i] < bestP)) {
                best = b;
                bestP = adjusted[i];
            }
        }
        return Optional.ofNullable(best);
    }

    /** The worst bin with enough rows to count, by absolute gap. */
    static Optional<ReliabilityBin> worstBin(ReliabilityDiagram d, double minRows) {
        return d.bins().stream().filter(b -> b.rows() >= minRows && !Double.isNaN(b.gap()))
                .max(java.util.Comparator.comparingDouble(b -> Math.abs(b.gap())));
    }

    static Optional<Severity> severity(CheckContext ctx, ReliabilityDiagram d, double[] adjusted) {
        if (d.rows() < ctx.threshold("min_rows")) {
            return Optional.empty();
        }
        if (d.ece() > ctx.threshold("ece_critical")
                || flaggedBin(ctx, d, adjusted, ctx.threshold("alpha_critical")).isPresent()) {
            return Optional.of(Severity.CRITICAL);
        }
        return d.ece() > ctx.threshold("ece_warning") || flaggedBin(ctx, d, adjusted, ctx.threshold("alpha")).isPresent()
                ? Optional.of(Severity.WARNING) : Optional.empty();
    }
}
