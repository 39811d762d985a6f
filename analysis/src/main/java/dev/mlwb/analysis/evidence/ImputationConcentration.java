package dev.mlwb.analysis.evidence;

import java.util.List;

/**
 * Where the imputations of a feature fall, by the values of one slice or categorical column: random
 * imputations spread evenly, systematic ones pile up in a few values.
 *
 * @param feature the imputed feature
 * @param dimension the column the rows are broken down by
 * @param dataset the dataset the rows come from
 * @param imputedRows imputed rows found in the dataset
 * @param rows rows of the dataset
 * @param overallRate imputedRows / rows
 * @param hotShare share of the imputations that fall in hot values
 * @param chi2PValue chi-square test of imputed × value (reported, not gated on)
 * @param values one row per value, most imputations first
 */
public record ImputationConcentration(String title, String feature, String dimension, String dataset, long imputedRows,
                                     long rows, double overallRate, double hotShare, double chi2PValue,
                                     List<ConcentrationRow> values) implements Evidence {

    public ImputationConcentration {
        values = List.copyOf(values);
    }

    @Override
    public String type() {
        return "imputation-concentration";
    }
}
