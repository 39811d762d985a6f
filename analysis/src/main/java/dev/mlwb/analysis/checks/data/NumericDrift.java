package dev.mlwb.analysis.checks.data;

import dev.mlwb.analysis.data.Database;
import dev.mlwb.analysis.evidence.DriftWindow;
import dev.mlwb.analysis.evidence.HistogramBin;
import dev.mlwb.analysis.stats.KolmogorovSmirnov;
import dev.mlwb.analysis.stats.Psi;
import dev.mlwb.analysis.stats.PsiBins;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Drift of a numeric subject: PSI on the reference's decile bins and the two-sample KS test. */
final class NumericDrift {
    private NumericDrift() {
    }

    /**
     * @param window the window length for drift over time, or {@code null} for none
     * @param minRows windows with fewer values are not judged
     */
    static DriftStats compute(Database db, Side ref, Side cur, Duration window, long minRows) throws SQLException {
        Distributions.Reference r = Distributions.reference(db, ref, PsiBins.decileLevels());
        Distributions.Summary rs = r.summary();
        if (rs.nonNull() == 0) {
            return DriftStats.notCompared(true, rs, Distributions.summary(db, cur, true), false, List.of());
        }
        double[] edges = PsiBins.fromQuantiles(r.quantiles()).edges();
        NumericPass.Result pass = NumericPass.run(db, ref, cur, edges, cur.timed() ? window : null,
                ValueBuckets.of(rs.min(), rs.max(), r.quantiles(), rs.nonNull()));
        Distributions.Summary cs = pass.current();
        if (cs.nonNull() == 0) {
            return DriftStats.notCompared(true, rs, cs, false, List.of());
        }
        long[][] counts = {pass.referenceBins(), pass.currentBins()};
        double[] terms = Psi.contributions(counts[0], counts[1]);
        double psi = Arrays.stream(terms).sum();
        double d = clip(pass.ks());
        double p = KolmogorovSmirnov.pValue(d, rs.nonNull(), cs.nonNull());
        List<HistogramBin> bins = bins(edges, counts, terms, Math.min(rs.min(), cs.min()), Math.max(rs.max(), cs.max()));
        List<DriftWindow> windows = window == null || !cur.timed() ? List.of()
                : windows(pass, counts[0], window, minRows);
        return new DriftStats(true, rs, cs, psi, d, p, Double.NaN, Double.NaN, false, bins, windows);
    }

    private static double clip(double d) {
        return Math.max(0, Math.min(1, d));
    }

    private static List<HistogramBin> bins(double[] edges, long[][] counts, double[] terms, double min, double max) {
        long rt = Arrays.stream(counts[0]).sum();
        long ct = Arrays.stream(counts[1]).sum();
        List<HistogramBin> out = new ArrayList<>();
        for (int i = 0; i <= edges.length; i++) {
            double lo = i == 0 ? min : edges[i - 1];
            double hi = i == edges.length ? max : edges[i];
            String label = edges.length == 0 ? "all values"
                    : i == 0 ? "≤ " + Numbers.sig(hi) : i == edges.length ? "> " + Numbers.sig(lo)
                    : "(" + Numbers.sig(lo) + ", " + Numbers.sig(hi) + "]";
            out.add(new HistogramBin(label, lo, hi, counts[0][i], counts[1][i], (double) counts[0][i] / rt,
                    (double) counts[1][i] / ct, false, terms[i]));
        }
        return out;
    }

    private static List<DriftWindow> windows(NumericPass.Result pass, long[] refCounts, Duration window,
                                             long minRows) {
        List<DriftWindow> out = new ArrayList<>();
        for (Map.Entry<Long, long[]> e : pass.windows().entrySet()) {
            long[] v = e.getValue();
            long rows = v[0];
            long nonNull = rows - v[1];
            long[] bins = Arrays.copyOfRange(v, 2, v.length);
            double psi = nonNull > 0 ? Psi.of(refCounts, bins) : Double.NaN;
            Double d = pass.windowKs().get(e.getKey());
            Instant start = Numbers.instant(e.getKey());
            out.add(new DriftWindow(start, start.plus(window), rows, (double) v[1] / rows, psi,
                    d == null ? Double.NaN : clip(d), Double.NaN, nonNull >= minRows));
        }
        return out;
    }
}
