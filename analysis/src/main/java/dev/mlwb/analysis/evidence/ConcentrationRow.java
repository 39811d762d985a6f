package dev.mlwb.analysis.evidence;

/**
 * Imputed rows among the rows holding one value of a slice or categorical feature.
 *
 * @param value the value
 * @param rows rows with that value
 * @param imputed of which imputed
 * @param rate imputed / rows
 * @param shareOfImputed imputed / all imputed rows
 * @param lift rate / the overall imputation rate
 * @param hot whether the value concentrates imputations (lift at or above the check's threshold)
 */
public record ConcentrationRow(String value, long rows, long imputed, double rate, double shareOfImputed, double lift,
                               boolean hot) {
}
