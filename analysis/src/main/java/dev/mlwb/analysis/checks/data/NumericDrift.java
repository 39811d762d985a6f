package dev.mlwb.analysis.checks.data;

import dev.mlwb.analysis.evidence.DriftWindow;
import dev.mlwb.analysis.evidence.HistogramBin;
import dev.mlwb.analysis.profile.Distribution;
import dev.mlwb.analysis.profile.NumericProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Drift of a numeric subject from the two sides' profiles: PSI on the reference's decile bins
 * ({@link DecileCut}) and the two-sample KS test, overall and per window of the current side. Exact
 * when both sides were counted per value; otherwise within the bounds the statistics carry.
 */
final class NumericDrift {
    private NumericDrift() {
    }

    static DriftStats compute(NumericProfile ref, NumericProfile cur, Optional<Duration> window, long minRows) {
        Distribution r = ref.overall();
        Distribution c = cur.overall();
        DriftStats.Summary rs = new DriftStats.Summary(ref.rows(), ref.nonNull(), r.min(), r.max());
        DriftStats.Summary cs = new DriftStats.Summary(cur.rows(), cur.nonNull(), c.min(), c.max());
        if (r.total() == 0 || c.total() == 0) {
            return DriftStats.notCompared(true, rs, cs, false, List.of());
        }
        DecileCut cut = DecileCut.of(r);
        DecileCut.Result psi = cut.psi(r, c);
        Aligned.Ks ks = Aligned.of(r, c).ks();
        List<DriftWindow> windows = new ArrayList<>();
        List<double[]> windowPsi = new ArrayList<>();
        double windowKsBound = 0;
        if (window.isPresent()) {
            for (Map.Entry<Long, NumericProfile.Window> e : cur.windows().entrySet()) {
                NumericProfile.Window w = e.getValue();
                Instant start = Numbers.instant(e.getKey());
                long values = w.values().total();
                double nullShare = w.rows() > 0 ? (double) (w.rows() - w.nonNull()) / w.rows() : Double.NaN;
                if (values == 0) {
                    windows.add(new DriftWindow(start, start.plus(window.get()), w.rows(), nullShare, Double.NaN,
                            Double.NaN, Double.NaN, false));
                    windowPsi.add(new double[] {Double.NaN, Double.NaN});
                    continue;
                }
                DecileCut.Result p = cut.psi(r, w.values());
                Aligned.Ks k = Aligned.of(r, w.values()).ks();
                windowKsBound = Math.max(windowKsBound, k.bound());
                windows.add(new DriftWindow(start, start.plus(window.get()), w.rows(), nullShare, p.psi(), k.statistic(),
                        Double.NaN, w.nonNull() >= minRows));
                windowPsi.add(new double[] {p.low(), p.high()});
            }
        }
        List<HistogramBin> bins = bins(cut.edges(), psi.reference(), psi.current(), psi.terms(), Math.min(r.min(), c.min()),
                Math.max(r.max(), c.max()));
        DriftStats.Bounds bounds = new DriftStats.Bounds(psi.low(), psi.high(), ks.bound(), windowPsi, windowKsBound);
        return new DriftStats(true, rs, cs, psi.psi(), ks.statistic(), ks.pValue(), Double.NaN, Double.NaN, false,
                bins, windows, bounds);
    }

    /** The evidence's bins: cut at {@code edges}, the first from the smallest value and the last to the largest. */
    static List<HistogramBin> bins(double[] edges, long[] ref, long[] cur, double[] terms, double min, double max) {
        long rt = java.util.Arrays.stream(ref).sum();
        long ct = java.util.Arrays.stream(cur).sum();
        List<HistogramBin> out = new ArrayList<>();
        for (int i = 0; i <= edges.length; i++) {
            double lo = i == 0 ? min : edges[i - 1];
            double hi = i == edges.length ? max : edges[i];
            String label = edges.length == 0 ? "all values"
                    : i == 0 ? "≤ " + Numbers.sig(hi) : i == edges.length ? "> " + Numbers.sig(lo)
                    : "(" + Numbers.sig(lo) + ", " + Numbers.sig(hi) + "]";
            out.add(new HistogramBin(label, lo, hi, ref[i], cur[i], (double) ref[i] / rt, (double) cur[i] / ct, false,
                    terms[i]));
        }
        return out;
    }
}
