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
 * predicted, observed rate and count; ECE, MCE and Brier score.
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
                new ThresholdSpec("bin_min_rows", 100, "... if it holds at least this many rows"),
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
        for (ReliabilityDiagram d : diagrams) {
            severity(ctx, d).ifPresent(s -> result.finding(CalibrationFinding.build(ID, s, d, diagrams, ctx)));
        }
        return result.build();
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

    /** The worst bin with enough rows to count, by absolute gap. */
    static Optional<ReliabilityBin> worstBin(ReliabilityDiagram d, double minRows) {
        return d.bins().stream().filter(b -> b.rows() >= minRows && !Double.isNaN(b.gap()))
                .max(java.util.Comparator.comparingDouble(b -> Math.abs(b.gap())));
    }

    static Optional<Severity> severity(CheckContext ctx, ReliabilityDiagram d) {
        if (d.rows() < ctx.threshold("min_rows")) {
            return Optional.empty();
        }
        boolean badBin = worstBin(d, ctx.threshold("bin_min_rows"))
                .filter(b -> Math.abs(b.gap()) > ctx.threshold("bin_gap")).isPresent();
        if (d.ece() > ctx.threshold("ece_critical") || badBin) {
            return Optional.of(Severity.CRITICAL);
        }
        return d.ece() > ctx.threshold("ece_warning") ? Optional.of(Severity.WARNING) : Optional.empty();
    }
}
