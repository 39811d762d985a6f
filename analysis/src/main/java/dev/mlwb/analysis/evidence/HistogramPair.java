package dev.mlwb.analysis.evidence;

import java.util.List;

/**
 * A feature's (or the model score's) distribution in two datasets on shared bins, with the drift
 * statistics computed from them. Numeric features use the reference's decile bins (the PSI bins);
 * categorical features one bin per category, the rarest lumped into {@code (other)}.
 *
 * @param subject what is compared: a feature name, or {@code score}
 * @param kind {@code numeric} or {@code categorical}
 * @param reference the reference dataset's name
 * @param current the current dataset's name
 * @param referenceRows reference rows, nulls included
 * @param currentRows current rows, nulls included
 * @param referenceNulls reference rows without a value
 * @param currentNulls current rows without a value
 * @param bins the shared bins, in value order (numeric) or by size (categorical)
 * @param psi population stability index (NaN if not computed)
 * @param ksStatistic Kolmogorov–Smirnov statistic (numeric; NaN otherwise)
 * @param ksPValue its p-value (numeric; NaN otherwise)
 * @param chi2PValue chi-square p-value (categorical; NaN otherwise)
 * @param jsDistance base-2 Jensen–Shannon distance (categorical; NaN otherwise)
 * @param identifierLike most values are distinct, so the distributions are not compared
 * @param verdict {@code ok}, {@code warning}, {@code critical} or {@code not-compared}
 */
public record HistogramPair(String title, String subject, String kind, String reference, String current,
                            long referenceRows, long currentRows, long referenceNulls, long currentNulls,
                            List<HistogramBin> bins, double psi, double ksStatistic, double ksPValue, double chi2PValue,
                            double jsDistance, boolean identifierLike, String verdict) implements Evidence {

    public HistogramPair {
        bins = List.copyOf(bins);
    }

    @Override
    public String type() {
        return "histogram-pair";
    }
}
