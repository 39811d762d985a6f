package dev.mlwb.analysis.checks.data;

import dev.mlwb.analysis.bundle.Role;
import java.util.Set;
import java.util.EnumSet;
import dev.mlwb.analysis.check.Check;
import dev.mlwb.analysis.check.CheckContext;
import dev.mlwb.analysis.check.CheckResult;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.check.ThresholdSpec;
import dev.mlwb.analysis.data.IncidentData;
import dev.mlwb.analysis.evidence.DriftOverTime;
import dev.mlwb.analysis.evidence.DriftWindow;
import dev.mlwb.analysis.evidence.Evidence;
import dev.mlwb.analysis.evidence.HistogramPair;
import dev.mlwb.analysis.profile.PartProfile;
import dev.mlwb.analysis.profile.Profiles;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code data.drift}: the distribution of a feature or of the model's score shifts between the
 * datasets a comparison names: PSI on the reference's deciles (one bin per category for
 * categorical features) with KS for numeric and chi-square and Jensen–Shannon for categorical
 * subjects. The same statistics per time window of the current dataset find a shift confined to
 * a few days (judged so that one noisy window does not raise the severity: {@link WindowJudgement}).
 * Severity follows PSI only; p-values are reported.
 */
public final class DriftCheck implements Check {
    public static final String ID = "data.drift";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Feature or prediction distribution shift between compared datasets, overall and over time";
    }

    @Override
    public Set<Role> reads() {
        return EnumSet.of(Role.FEATURES, Role.PREDICTIONS);
    }

    @Override
    public List<ThresholdSpec> thresholds() {
        return List.of(
                new ThresholdSpec("psi_warning", 0.1, "PSI at or above this is a warning"),
                new ThresholdSpec("psi_critical", 0.2, "PSI at or above this is critical"),
                new ThresholdSpec("window_hours", 0, "window length for drift over time; 0 chooses it from the span"),
                new ThresholdSpec("min_window_rows", 500, "a window needs this many values to be judged"));
    }

    @Override
    public Optional<String> skipReason(IncidentData data) {
        return DriftPlan.of(data).isEmpty()
                ? Optional.of("nothing to compare: no comparison (default training → serving, baseline → canary) "
                + "names two features datasets of the bundle, and no predictions exist for both sides")
                : Optional.empty();
    }

    @Override
    public CheckResult run(CheckContext ctx) throws SQLException {
        CheckResult.Builder result = CheckResult.builder();
        List<DriftPlan> plans = DriftPlan.of(ctx.data());
        Profiles profiles = Profiles.of(ctx.data(), ctx.threshold("window_hours"));
        for (int i = 0; i < plans.size(); i++) {
            DriftPlan plan = plans.get(i);
            String prefix = ComparedPair.measurePrefix(plans.stream().map(DriftPlan::comparison).toList(), i);
            List<DriftFinding.Judged> judged = new ArrayList<>();
            for (DriftPlan.Item item : plan.subjects()) {
                ctx.cancellation().throwIfCancelled();
                Optional<PartProfile> ref = profiles.of(item.referencePart());
                Optional<PartProfile> cur = profiles.of(item.currentPart());
                if (ref.isEmpty() || cur.isEmpty()) {
                    continue;
                }
                Optional<Duration> window = cur.get().window();
                DriftStats stats = compute(ctx, item, ref.get(), cur.get(), window);
                if (ambiguous(ctx, stats)) {
                    stats = ExactPsi.recompute(ctx.db(), item, stats, window);
                }
                Optional<Severity> severity = severity(ctx, stats);
                List<Evidence> evidence = evidence(ctx, plan, item, stats, severity, window);
                evidence.forEach(result::evidence);
                measures(result, prefix, item, stats);
                DriftStats judgedStats = stats;
                severity.ifPresent(s -> judged.add(new DriftFinding.Judged(plan, item, judgedStats, s, window, evidence)));
            }
            DriftFinding.build(ID, judged, ctx).forEach(result::finding);
        }
        return result.build();
    }

    private static DriftStats compute(CheckContext ctx, DriftPlan.Item item, PartProfile ref, PartProfile cur,
                                      Optional<Duration> window) {
        long minRows = Math.round(ctx.threshold("min_window_rows"));
        if (item.numeric()) {
            return NumericDrift.compute(ref.numeric(item.column()).orElseThrow(), cur.numeric(item.column()).orElseThrow(),
                    window, minRows);
        }
        return CategoricalDrift.compute(ref.categorical(item.column()).orElseThrow(),
                cur.categorical(item.column()).orElseThrow(), window, minRows);
    }

    /**
     * Whether the severity could differ between the lowest and the highest value the PSI bounds allow
     * (overall, or in a window's judgement): then the PSI is recomputed on the exact deciles from the rows.
     */
    static boolean ambiguous(CheckContext ctx, DriftStats s) {
        DriftStats.Bounds b = s.bounds();
        if (Double.isNaN(b.psiLow()) || b.psiHigh() == b.psiLow() && b.windowPsi().stream().allMatch(r -> r[0] == r[1])) {
            return false;
        }
        for (String key : List.of("psi_warning", "psi_critical")) {
            double t = ctx.threshold(key);
            double noise = WindowJudgement.noise(s);
            if (b.psiLow() - noise < t && b.psiHigh() - noise >= t) {
                return true;
            }
            for (int i = 0; i < s.windows().size(); i++) {
                DriftWindow w = s.windows().get(i);
                double[] r = b.windowPsi().get(i);
                if (w.judged() && !Double.isNaN(r[0]) && WindowJudgement.lowerBound(withPsi(w, r[0]), s) < t
                        && WindowJudgement.lowerBound(withPsi(w, r[1]), s) >= t) {
                    return true;
                }
            }
        }
        return false;
    }

    private static DriftWindow withPsi(DriftWindow w, double psi) {
        return new DriftWindow(w.start(), w.end(), w.rows(), w.nullShare(), psi, w.ksStatistic(), w.jsDistance(),
                w.judged());
    }

    /**
     * The subject's severity: from the overall PSI beyond what sampling noise alone gives, or from the windows where
     * they reach a level ({@link WindowJudgement}).
     */
    static Optional<Severity> severity(CheckContext ctx, DriftStats s) {
        for (Severity level : List.of(Severity.CRITICAL, Severity.WARNING)) {
            double t = ctx.threshold(level == Severity.CRITICAL ? "psi_critical" : "psi_warning");
            if (nanToZero(s.psi()) - WindowJudgement.noise(s) >= t || WindowJudgement.reaches(s, t)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    private static double nanToZero(double v) {
        return Double.isNaN(v) ? 0 : v;
    }

    private static void measures(CheckResult.Builder result, String prefix, DriftPlan.Item item, DriftStats s) {
        List<Object> m = new ArrayList<>(List.of(prefix + "psi", s.psi()));
        if (s.numeric()) {
            m.addAll(List.of(prefix + "ks_statistic", s.ksStatistic(), prefix + "ks_pvalue", s.ksPValue()));
            if (s.compared()) {
                m.addAll(List.of(prefix + "ks_bound", s.bounds().ksBound(), prefix + "psi_bound", s.bounds().psiBound()));
            }
        } else {
            m.addAll(List.of(prefix + "chi2_pvalue", s.chi2PValue(), prefix + "js_distance", s.jsDistance()));
        }
        if (s.compared()) {
            m.addAll(List.of(prefix + "psi_noise", WindowJudgement.noise(s)));
        }
        m.addAll(List.of(prefix + "reference_rows", s.reference().rows(), prefix + "current_rows", s.current().rows(),
                prefix + "reference_null_share", s.reference().nullShare(), prefix + "current_null_share",
                s.current().nullShare()));
        if (!s.windows().isEmpty()) {
            m.addAll(List.of(prefix + "max_window_psi", s.maxWindowPsi()));
            if (s.numeric()) {
                m.addAll(List.of(prefix + "window_ks_bound", s.bounds().windowKsBound()));
            }
        }
        result.measures(item.subject(), m.toArray());
    }

    private static List<Evidence> evidence(CheckContext ctx, DriftPlan plan, DriftPlan.Item item, DriftStats s,
                                           Optional<Severity> severity, Optional<Duration> window) {
        String verdict = !s.compared() ? "not-compared" : severity.map(Severity::key).orElse("ok");
        List<Evidence> out = new ArrayList<>();
        out.add(new HistogramPair(DriftFinding.display(item) + ", " + plan.label(), item.name(),
                s.numeric() ? "numeric" : "categorical", item.reference().name(), item.current().name(),
                s.reference().rows(), s.current().rows(), s.reference().nulls(), s.current().nulls(), s.bins(), s.psi(),
                s.ksStatistic(), s.ksPValue(), s.chi2PValue(), s.jsDistance(), s.identifierLike(), verdict));
        if (!s.windows().isEmpty()) {
            out.add(new DriftOverTime(DriftFinding.display(item) + " over time, " + plan.label(), item.name(),
                    item.reference().name(), item.current().name(), window.orElseThrow().toSeconds(),
                    ctx.threshold("psi_warning"), ctx.threshold("psi_critical"),
                    Math.round(ctx.threshold("min_window_rows")), s.windows()));
        }
        return out;
    }
}
