package dev.mlwb.analysis.checks.data;

import dev.mlwb.analysis.evidence.DriftWindow;
import dev.mlwb.analysis.evidence.HistogramBin;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The drift of one subject (a feature or the score) between two sides: overall statistics, the
 * shared bins, and the same statistics per time window of the current side, with how far each
 * value computed from fine bins may be from its exact value ({@link Bounds}).
 *
 * @param numeric numeric (PSI, KS) or categorical (PSI, chi-square, Jensen–Shannon)
 * @param reference rows and nulls of the reference
 * @param current rows and nulls of the current side
 * @param psi PSI, NaN if not computed (a side without values, an identifier-like column)
 * @param ksStatistic KS statistic (numeric; from fine bins, the largest difference at their edges)
 * @param ksPValue KS p-value (numeric)
 * @param chi2PValue chi-square p-value (categorical)
 * @param jsDistance Jensen–Shannon distance (categorical)
 * @param identifierLike most values distinct: not compared
 * @param bins the shared bins
 * @param windows per window of the current side (empty without timestamps)
 * @param bounds how exact the numbers are
 */
record DriftStats(boolean numeric, Summary reference, Summary current, double psi, double ksStatistic,
                  double ksPValue, double chi2PValue, double jsDistance, boolean identifierLike,
                  List<HistogramBin> bins, List<DriftWindow> windows, Bounds bounds) {

    /** Rows, rows with a value, and the range of a side (range only for numeric sides). */
    record Summary(long rows, long nonNull, double min, double max) {
        long nulls() {
            return rows - nonNull;
        }

        double nullShare() {
            return rows > 0 ? (double) nulls() / rows : Double.NaN;
        }
    }

    /**
     * How far the statistics may be from those of the exact values: zero widths when both sides were
     * counted per value (or the PSI was recomputed from the rows).
     *
     * @param psiLow the smallest the exact PSI can be
     * @param psiHigh the largest it can be
     * @param ksBound how much larger the exact KS statistic may be than {@code ksStatistic}
     * @param windowPsi per window (same order as the windows) its PSI's {@code [low, high]}
     * @param windowKsBound the largest such KS bound over the windows
     */
    record Bounds(double psiLow, double psiHigh, double ksBound, List<double[]> windowPsi, double windowKsBound) {
        static final Bounds EXACT = new Bounds(Double.NaN, Double.NaN, 0, List.of(), 0);

        Bounds {
            windowPsi = List.copyOf(windowPsi);
        }

        /** The PSI's uncertainty: half the width of its range. */
        double psiBound() {
            return Double.isNaN(psiLow) ? 0 : (psiHigh - psiLow) / 2;
        }
    }

    DriftStats {
        bins = List.copyOf(bins);
        windows = List.copyOf(windows);
    }

    static DriftStats notCompared(boolean numeric, Summary ref, Summary cur, boolean identifierLike,
                                  List<HistogramBin> bins) {
        return new DriftStats(numeric, ref, cur, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                identifierLike, bins, List.of(), Bounds.EXACT);
    }

    boolean compared() {
        return !Double.isNaN(psi);
    }

    /** The judged window with the largest PSI, if any. */
    Optional<DriftWindow> worstWindow() {
        return windows.stream().filter(w -> w.judged() && !Double.isNaN(w.psi()))
                .max(Comparator.comparingDouble(DriftWindow::psi));
    }

    double maxWindowPsi() {
        return worstWindow().map(DriftWindow::psi).orElse(Double.NaN);
    }

    /** The bin whose share changed most, by PSI contribution. */
    Optional<HistogramBin> biggestChange() {
        return bins.stream().filter(b -> !Double.isNaN(b.psiContribution()))
                .max(Comparator.comparingDouble(HistogramBin::psiContribution));
    }
}
