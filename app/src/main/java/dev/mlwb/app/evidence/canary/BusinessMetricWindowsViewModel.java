package dev.mlwb.app.evidence.canary;

import dev.mlwb.analysis.evidence.BusinessMetricWindows;
import dev.mlwb.analysis.evidence.MetricWindow;
import dev.mlwb.analysis.evidence.TimeMarker;
import dev.mlwb.analysis.format.Fmt;
import dev.mlwb.app.chart.Palette;
import dev.mlwb.app.chart.model.Line;
import dev.mlwb.app.chart.model.Mark;
import dev.mlwb.app.evidence.Times;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A business metric per arm over the slow guardrail's windows: the two rates, the canary's change
 * per window against the allowed drop, and the runs of consecutive breached windows.
 */
public final class BusinessMetricWindowsViewModel {
    private final BusinessMetricWindows w;

    public BusinessMetricWindowsViewModel(BusinessMetricWindows windows) {
        this.w = windows;
    }

    public String title() {
        return w.title();
    }

    /** The metric in words: CTR, conversion rate, AUC. */
    public String metricWord() {
        return switch (w.metric()) {
            case "ctr" -> "CTR";
            case "conversion" -> "conversion rate";
            default -> w.metric().toUpperCase(Locale.ROOT);
        };
    }

    private boolean relative() {
        return w.changeKind().equals("relative");
    }

    public String caption() {
        String limit = relative() ? Fmt.pct(-w.threshold()) : Fmt.num(-w.threshold(), 3);
        return metricWord() + " per " + Fmt.duration(Duration.ofSeconds(w.windowSeconds())) + " window, "
                + w.baselineArm() + " (baseline) vs " + w.canaryArm() + " (canary). A window breaches when the canary is "
                + limit + (relative() ? "" : " AUC") + " or more below the baseline; " + w.runs().size()
                + (w.runs().size() == 1 ? " run" : " runs") + " of consecutive breaches (shaded).";
    }

    /** The unit of the rate axis. */
    public String rateUnit() {
        return relative() ? "%" : "";
    }

    private double scale() {
        return relative() ? 100 : 1;
    }

    /** Baseline and canary rates at each window's middle. */
    public List<Line> rateLines() {
        int n = w.windows().size();
        double[] x = new double[n];
        double[] b = new double[n];
        double[] c = new double[n];
        List<String> bl = new ArrayList<>();
        List<String> cl = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            MetricWindow m = w.windows().get(i);
            x[i] = mid(m);
            b[i] = m.baselineRate() * scale();
            c[i] = m.canaryRate() * scale();
            bl.add(w.baselineArm() + ", " + Times.minute(m.start()) + ": " + rate(m.baselineRate()) + " of "
                    + Fmt.count(m.baselineTrials()));
            cl.add(w.canaryArm() + ", " + Times.minute(m.start()) + ": " + rate(m.canaryRate()) + " of "
                    + Fmt.count(m.canaryTrials()));
        }
        return List.of(new Line(w.baselineArm() + " (baseline)", Palette.BASELINE, x, b, bl, Line.Look.LINE_AND_MARKERS),
                new Line(w.canaryArm() + " (canary)", Palette.CANARY, x, c, cl, Line.Look.LINE_AND_MARKERS));
    }

    /** The canary's change per judged window, breached windows apart in vermillion. */
    public List<Line> changeLines() {
        int n = w.windows().size();
        double[] x = new double[n];
        double[] ok = new double[n];
        double[] bad = new double[n];
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            MetricWindow m = w.windows().get(i);
            x[i] = mid(m);
            double v = m.judged() ? m.change() * scale() : Double.NaN;
            ok[i] = m.breached() ? Double.NaN : v;
            bad[i] = m.breached() ? v : Double.NaN;
            labels.add(Times.minute(m.start()) + ": " + change(m.change()) + (m.judged() ? "" : " (not judged)")
                    + (m.breached() ? ", breached" : ""));
        }
        return List.of(new Line("change within the limit", Palette.BLUE, x, ok, labels, Line.Look.MARKERS),
                new Line("change beyond the limit", Palette.BAD, x, bad, labels, Line.Look.MARKERS));
    }

    public String changeUnit() {
        return relative() ? "%" : "";
    }

    /** The runs as bands and the deployment events as lines, for the rate chart. */
    public List<Mark> rateMarks() {
        List<Mark> out = new ArrayList<>(runBands());
        for (TimeMarker m : w.markers()) {
            out.add(Mark.xLine(Times.x(m.at()), m.kind().replace('_', ' '), "mark-event"));
        }
        return out;
    }

    /** The allowed drop as a line, zero, and the runs, for the change chart. */
    public List<Mark> changeMarks() {
        List<Mark> out = new ArrayList<>(runBands());
        out.add(Mark.yLine(w.threshold() * scale(), "limit " + change(w.threshold()), "mark-threshold"));
        return out;
    }

    private List<Mark> runBands() {
        double span = w.windows().isEmpty() ? 0 : Times.x(w.windows().get(w.windows().size() - 1).end())
                - Times.x(w.windows().get(0).start());
        return Mark.bands(w.runs().stream().map(r -> new double[] {Times.x(r.start()), Times.x(r.end())}).toList(),
                span / 1000, "run", "mark-critical");
    }

    public List<MetricWindow> windows() {
        return w.windows();
    }

    public String rate(double r) {
        return Double.isNaN(r) ? "n/a" : relative() ? Fmt.num(r * 100, 2) + "%" : Fmt.num(r, 3);
    }

    public String change(double c) {
        return relative() ? Fmt.change(c) : Double.isNaN(c) ? "n/a" : String.format(Locale.ROOT, "%+.3f", c);
    }

    public static Set<String> states(MetricWindow m) {
        return m.breached() ? Set.of("bad") : m.judged() ? Set.of() : Set.of("doubtful");
    }

    private static double mid(MetricWindow m) {
        return (Times.x(m.start()) + Times.x(m.end())) / 2;
    }
}
