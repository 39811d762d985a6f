package dev.mlwb.analysis.stats;

import java.util.Map;
import org.apache.commons.statistics.inference.ChiSquareTest;
import org.apache.commons.statistics.inference.SignificanceResult;

/**
 * Pearson's chi-square test of independence on an r×c contingency table of counts, without continuity correction.
 *
 * <p>Expected counts are {@code row_i · col_j / total}; the statistic is {@code Σ (o − e)² / e} with
 * {@code (r − 1)(c − 1)} degrees of freedom; statistic and p-value come from Apache Commons Statistics
 * {@link ChiSquareTest}. Rows and columns whose counts are all zero are dropped first (they carry no
 * information, and scipy would reject them because an expected count would be 0). If fewer than two rows or two
 * columns remain, the table has no degrees of freedom and the result is statistic 0, p-value 1, as scipy returns
 * for {@code dof == 0}.
 *
 * <p>Matches {@code scipy.stats.chi2_contingency(table, correction=False)} of scipy 1.10.1, applied to the table
 * with its all-zero rows and columns removed (agreement within 1e-12 relative in the tests).
 */
public final class ChiSquareIndependence {
    private ChiSquareIndependence() {
    }

    /**
     * Tests a contingency table.
     *
     * @param table counts, {@code table[row][column]}; rectangular, non-negative
     * @return statistic, degrees of freedom and p-value
     * @throws IllegalArgumentException if the table is empty, ragged, holds a negative count or only zeros
     */
    public static ChiSquareResult test(long[][] table) {
        long[][] kept = dropEmpty(copy(table));
        if (kept.length < 2 || kept[0].length < 2) {
            return new ChiSquareResult(0.0, 0, 1.0);
        }
        SignificanceResult result = ChiSquareTest.withDefaults().test(kept);
        int dof = (kept.length - 1) * (kept[0].length - 1);
        return new ChiSquareResult(result.getStatistic(), dof, result.getPValue());
    }

    /**
     * Tests whether two datasets share one categorical distribution: a 2×k table with one column per category
     * seen in either dataset.
     *
     * @param reference reference rows per category
     * @param current current rows per category
     * @param <K> the category type
     * @return statistic, degrees of freedom and p-value
     */
    public static <K> ChiSquareResult testCategories(Map<K, Long> reference, Map<K, Long> current) {
        CategoryCounts aligned = CategoryCounts.align(reference, current);
        return test(new long[][] {aligned.reference(), aligned.current()});
    }

    private static long[][] copy(long[][] table) {
        if (table == null || table.length == 0) {
            throw ArgumentChecks.fail("table must have at least one row");
        }
        long[][] copy = new long[table.length][];
        for (int i = 0; i < table.length; i++) {
            copy[i] = ArgumentChecks.counts(table[i], "table[" + i + "]");
            ArgumentChecks.sameLength(copy[i].length, "table[" + i + "]", copy[0].length, "table[0]");
        }
        ArgumentChecks.notEmpty(copy[0].length, "table[0]");
        return copy;
    }

    private static long[][] dropEmpty(long[][] table) {
        int cols = table[0].length;
        long[] colSums = new long[cols];
        int keptRows = 0;
        for (long[] row : table) {
            long rowSum = ArgumentChecks.total(row, "a table row");
            if (rowSum > 0) {
                keptRows++;
            }
            for (int j = 0; j < cols; j++) {
                colSums[j] += row[j];
            }
        }
        if (keptRows == 0) {
            throw ArgumentChecks.fail("table must not hold only zeros");
        }
        int keptCols = 0;
        for (long s : colSums) {
            keptCols += s > 0 ? 1 : 0;
        }
        long[][] kept = new long[keptRows][keptCols];
        int r = 0;
        for (long[] row : table) {
            if (ArgumentChecks.total(row, "a table row") == 0) {
                continue;
            }
            int c = 0;
            for (int j = 0; j < cols; j++) {
                if (colSums[j] > 0) {
                    kept[r][c++] = row[j];
                }
            }
            r++;
        }
        return kept;
    }
}
