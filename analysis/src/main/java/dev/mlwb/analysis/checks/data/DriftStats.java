package dev.mlwb.analysis.checks.data;

import dev.mlwb.analysis.evidence.DriftWindow;
import dev.mlwb.analysis.evidence.HistogramBin;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The drift of one subject (a feature or the score) between two sides: overall statistics, the
 * shared bins, and the same statistics per time window of the current side.
 *
 * @param numeric numeric (PSI, KS) or categorical (PSI, chi-square, Jensen–Shannon)
 * @param reference rows and nulls of the reference
 * @param current rows and nulls of the current side
 * @param psi PSI, NaN if not computed (a side without values, an identifier-like column)
 * @param ksStatistic KS statistic (numeric)
 * @param ksPValue KS p-value (numeric)
 * @param chi2PValue chi-square p-value (categorical)
 * @param jsDistance Jensen–Shannon distance (categorical)
 * @param identifierLike most values distinct: not compared
 * @param bins the shared bins
 * @param windows per window of the current side (empty without timestamps)
 */
record DriftStats(boolean numeric, Distributions.Summary reference, Distributions.Summary current, double psi,
                  double ksStatistic, double ksPValue, double chi2PValue, double jsDistance, boolean identifierLike,
                  List<HistogramBin> bins, List<DriftWindow> windows) {

    DriftStats {
        bins = List.copyOf(bins);
        windows = List.copyOf(windows);
    }

    static DriftStats notCompared(boolean numeric, Distributions.Summary ref, Distributions.Summary cur,
                                  boolean identifierLike, List<HistogramBin> bins) {
        return new DriftStats(numeric, ref, cur, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                identifierLike, bins, List.of());
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
