package dev.mlwb.analysis.checks.data;

import dev.mlwb.analysis.check.CheckContext;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.evidence.DriftWindow;
import dev.mlwb.analysis.evidence.Evidence;
import dev.mlwb.analysis.evidence.HistogramBin;
import dev.mlwb.analysis.format.Fmt;
import dev.mlwb.analysis.time.TimeRange;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Words for drift findings: one finding per drifting subject (the worst few), the rest together. */
final class DriftFinding {
    static final int INDIVIDUAL = 5;

    /** A subject that drifted beyond a threshold. */
    record Judged(DriftPlan plan, DriftPlan.Item item, DriftStats stats, Severity severity, Optional<Duration> window,
                  List<Evidence> evidence) {
        double worstPsi() {
            return Math.max(nz(stats.psi()), nz(stats.maxWindowPsi()));
        }
    }

    private DriftFinding() {
    }

    private static double nz(double v) {
        return Double.isNaN(v) ? 0 : v;
    }

    /** {@code Model score} or the feature's name. */
    static String display(DriftPlan.Item item) {
        return item.isScore() ? "Model score" : item.name();
    }

    static List<Finding> build(String check, List<Judged> judged, CheckContext ctx) {
        List<Judged> sorted = judged.stream().sorted(Comparator.comparing(Judged::severity)
                .thenComparing(Comparator.comparingDouble(Judged::worstPsi).reversed())).toList();
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < Math.min(INDIVIDUAL, sorted.size()); i++) {
            out.add(single(check, sorted.get(i), ctx, inputsDrifted(judged)));
        }
        if (sorted.size() > INDIVIDUAL) {
            out.add(grouped(check, sorted.subList(INDIVIDUAL, sorted.size()), ctx));
        }
        return out;
    }

    /** Whether any feature (not the score) of these judged subjects drifted. */
    private static boolean inputsDrifted(List<Judged> judged) {
        return judged.stream().anyMatch(j -> !j.item().isScore());
    }

    private static Finding single(String check, Judged j, CheckContext ctx, boolean inputsDrifted) {
        DriftStats s = j.stats();
        String ref = j.item().reference().name();
        String cur = j.item().current().name();
        boolean overall = nz(s.psi()) >= ctx.threshold("psi_warning");
        List<DriftWindow> hot = hotWindows(s, ctx.threshold("psi_warning"));
        boolean windowsWorse = nz(s.maxWindowPsi()) > nz(s.psi()) && !hot.isEmpty();
        String title = overall
                ? display(j.item()) + " drifted from " + ref + " to " + cur + " (PSI " + Fmt.num(s.psi(), 2)
                + (windowsWorse ? ", up to " + Fmt.num(s.maxWindowPsi(), 2) + " in a " + windowWord(j.window()
                .orElseThrow()) + " window" : "") + ")"
                : display(j.item()) + " drifted in " + cur + " during " + hot.size() + " of " + judgedCount(s) + " "
                + windowWord(j.window().orElseThrow()) + " windows (PSI up to " + Fmt.num(s.maxWindowPsi(), 2) + ")";
        StringBuilder text = new StringBuilder();
        text.append("Between ").append(ref).append(" (").append(Fmt.count(s.reference().rows())).append(" rows) and ")
                .append(cur).append(" (").append(Fmt.count(s.current().rows())).append(" rows) the distribution of ")
                .append(j.item().isScore() ? "the model's score" : j.item().name()).append(" shifted: PSI ")
                .append(Fmt.num(s.psi(), 3)).append(s.numeric() ? " over " + s.bins().size() + " bins cut at " + ref
                        + "'s deciles" : " over " + s.bins().size() + " categories")
                .append(" (warning from ").append(Fmt.num(ctx.threshold("psi_warning"), 2)).append(", critical from ")
                .append(Fmt.num(ctx.threshold("psi_critical"), 2)).append("). ");
        double noise = WindowJudgement.noise(s);
        if (noise >= 0.005) {
            text.append("Samples of these sizes over ").append(s.bins().size()).append(" bins show a PSI of about ")
                    .append(Fmt.num(noise, 3)).append(" with no drift at all, so the levels are judged beyond it. ");
        }
        s.biggestChange().ifPresent(b -> text.append(biggest(b, ref, cur, s.numeric())));
        text.append(tests(s));
        if (Math.abs(s.current().nullShare() - s.reference().nullShare()) >= 0.01) {
            text.append(" Missing values: ").append(Fmt.pct(s.reference().nullShare())).append(" → ")
                    .append(Fmt.pct(s.current().nullShare())).append('.');
        }
        j.window().ifPresent(w -> text.append(overTime(s, w, cur, ctx, overall)));
        long features = j.plan().subjects().stream().filter(i -> !i.isScore()).count();
        if (j.item().isScore() && features > 0 && !inputsDrifted) {
            text.append(" Its inputs did not drift (none of the ").append(features).append(" features compared reached PSI ")
                    .append(Fmt.num(ctx.threshold("psi_warning"), 2)).append("), so the change comes from the model itself.");
        }
        Finding.Builder f = Finding.builder(check, j.severity(), title).summary(text.toString())
                .remedy(remedy(j)).subject(j.item().subject()).measures(measures(s));
        j.evidence().forEach(f::evidence);
        hot.forEach(w -> f.window(new TimeRange(w.start(), w.end())));
        return f.build();
    }

    private static String biggest(HistogramBin b, String ref, String cur, boolean numeric) {
        if (numeric) {
            String where = b.label().startsWith("≤ ") ? "are at most " + b.label().substring(2)
                    : b.label().startsWith("> ") ? "are above " + b.label().substring(2) : "fall in " + b.label();
            return "Biggest change: " + Fmt.pct(b.currentShare()) + " of " + cur + " values " + where + ", against "
                    + Fmt.pct(b.referenceShare()) + " of " + ref + " values. ";
        }
        return "Biggest change: " + b.label() + " holds " + Fmt.pct(b.currentShare()) + " of " + cur + " rows, against "
                + Fmt.pct(b.referenceShare()) + " of " + ref + " rows" + (b.unseen() ? " (new in " + cur + ")" : "")
                + ". ";
    }

    private static String tests(DriftStats s) {
        if (s.numeric()) {
            return "Kolmogorov–Smirnov statistic " + Fmt.num(s.ksStatistic(), 3) + " (" + Fmt.p(s.ksPValue())
                    + "; reported, not gated on).";
        }
        return "Jensen–Shannon distance " + Fmt.num(s.jsDistance(), 3) + "; chi-square " + Fmt.p(s.chi2PValue())
                + " (reported, not gated on).";
    }

    private static String overTime(DriftStats s, Duration w, String cur, CheckContext ctx, boolean overall) {
        List<DriftWindow> judged = s.windows().stream().filter(DriftWindow::judged).toList();
        if (judged.isEmpty()) {
            return "";
        }
        double warn = ctx.threshold("psi_warning");
        List<DriftWindow> hot = hotWindows(s, warn);
        DriftWindow lo = judged.stream().min(Comparator.comparingDouble(DriftWindow::psi)).orElseThrow();
        DriftWindow hi = judged.stream().max(Comparator.comparingDouble(DriftWindow::psi)).orElseThrow();
        StringBuilder t = new StringBuilder(" Per ").append(windowWord(w)).append(" window of ").append(cur)
                .append(", PSI ranges from ").append(Fmt.num(lo.psi(), 3)).append(" (").append(when(lo, w))
                .append(") to ").append(Fmt.num(hi.psi(), 3)).append(" (").append(when(hi, w)).append("); ")
                .append(hot.size()).append(" of ").append(judged.size()).append(" windows reach ")
                .append(Fmt.num(warn, 2));
        if (!hot.isEmpty()) {
            t.append(", the first on ").append(when(hot.get(0), w));
        }
        t.append('.');
        if (!overall && !hot.isEmpty()) {
            t.append(" Over the whole of ").append(cur).append(" the shift averages out, so only the windows show it.");
        }
        return t.toString();
    }

    private static List<DriftWindow> hotWindows(DriftStats s, double warn) {
        return s.windows().stream().filter(w -> w.judged() && w.psi() >= warn).toList();
    }

    private static long judgedCount(DriftStats s) {
        return s.windows().stream().filter(DriftWindow::judged).count();
    }

    static String windowWord(Duration w) {
        long h = w.toHours();
        if (h > 0 && h % 24 == 0) {
            return (h / 24) + "-day";
        }
        return h > 0 && w.toMinutes() % 60 == 0 ? h + "-hour" : w.toMinutes() + "-minute";
    }

    private static String when(DriftWindow d, Duration w) {
        String t = Fmt.time(d.start());
        return w.toHours() % 24 == 0 && w.toHours() > 0 ? t.substring(0, t.lastIndexOf(' ')) : t;
    }

    private static String remedy(Judged j) {
        String ref = j.item().reference().name();
        String cur = j.item().current().name();
        boolean arms = cur.equals("canary") || j.plan().comparison().reference().equals("baseline");
        if (arms && j.item().isScore()) {
            return "A new model may well score differently, but check that the canary's probabilities stay "
                    + "calibrated (model.calibration) and that no segment loses (model.segment-regression) before "
                    + "relying on decision thresholds tuned for the baseline.";
        }
        if (arms) {
            return "The canary sees different " + (j.item().isScore() ? "scores" : "inputs") + " than the baseline, so "
                    + "their metrics do not compare like for like: check how traffic is split (canary.traffic-mix) "
                    + "before judging the canary on them.";
        }
        if (j.item().isScore()) {
            return "The model's outputs moved between " + ref + " and " + cur + ": look for the input features that "
                    + "drifted and check calibration (model.calibration) before relying on decision thresholds "
                    + "tuned on " + ref + ".";
        }
        return "Find what changed upstream of " + j.item().name() + " in " + cur + " (new categories, a changed source "
                + "or encoding, imputed values; see data.unseen-category, data.imputation and data.quality). If the "
                + "new distribution is real, retrain or recalibrate on recent data; if it is a pipeline fault, fix "
                + "it and backfill.";
    }

    private static java.util.Map<String, Double> measures(DriftStats s) {
        java.util.Map<String, Double> m = new java.util.LinkedHashMap<>();
        m.put("psi", s.psi());
        if (s.numeric()) {
            m.put("ks_statistic", s.ksStatistic());
            m.put("ks_pvalue", s.ksPValue());
        } else {
            m.put("chi2_pvalue", s.chi2PValue());
            m.put("js_distance", s.jsDistance());
        }
        m.put("reference_rows", (double) s.reference().rows());
        m.put("current_rows", (double) s.current().rows());
        m.put("reference_null_share", s.reference().nullShare());
        m.put("current_null_share", s.current().nullShare());
        if (!Double.isNaN(s.maxWindowPsi())) {
            m.put("max_window_psi", s.maxWindowPsi());
        }
        return m;
    }

    private static Finding grouped(String check, List<Judged> rest, CheckContext ctx) {
        Judged first = rest.get(0);
        String ref = first.item().reference().name();
        String cur = first.item().current().name();
        Severity severity = rest.stream().map(Judged::severity).reduce(Severity::max).orElseThrow();
        List<String> parts = rest.stream().map(j -> display(j.item()) + " (PSI " + Fmt.num(j.stats().psi(), 2)
                + (nz(j.stats().maxWindowPsi()) > nz(j.stats().psi()) ? ", up to " + Fmt.num(j.stats().maxWindowPsi(), 2)
                + " in a window" : "") + ")").toList();
        Finding.Builder f = Finding.builder(check, severity, rest.size() + " more features drifted from " + ref + " to "
                        + cur)
                .summary("Also shifted between " + ref + " and " + cur + ": " + Fmt.and(parts) + ". Each has its "
                        + "histograms in the evidence.")
                .remedy("Look at these after the findings above: several features drifting together usually share "
                        + "one upstream cause (a source, a join, a product change).")
                .measure("max_psi", rest.stream().mapToDouble(Judged::worstPsi).max().orElse(Double.NaN));
        rest.forEach(j -> {
            f.subject(j.item().subject());
            j.evidence().forEach(f::evidence);
        });
        return f.build();
    }
}
