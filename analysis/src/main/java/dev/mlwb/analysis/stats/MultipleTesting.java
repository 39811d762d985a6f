package dev.mlwb.analysis.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;

/**
 * Adjusted p-values for a family of tests, so that a check that compares many slices and metrics does not find a
 * regression by chance. An adjusted p-value below {@code alpha} rejects at level {@code alpha} for the whole family.
 *
 * <ul>
 *   <li>{@link #holm}: Holm's step-down procedure (1979) controls the family-wise error rate, the chance of even
 *   one false rejection, under any dependence between the tests. Sorted ascending, the i-th (from 0) of {@code m}
 *   p-values is adjusted to {@code max_{j <= i} min(1, (m − j) p_(j))}.</li>
 *   <li>{@link #benjaminiHochberg}: the Benjamini–Hochberg step-up procedure (1995) controls the false discovery
 *   rate (independent or positively dependent tests): {@code min_{j >= i} min(1, m p_(j) / (j + 1))}.</li>
 * </ul>
 * NaN p-values (tests that could not be made) are left NaN and do not count in {@code m}.
 *
 * <p>Matches statsmodels' {@code multipletests(p, method='holm')[1]} and {@code multipletests(p, method='fdr_bh')[1]}.
 */
public final class MultipleTesting {
    private MultipleTesting() {
    }

    /** Holm-adjusted p-values, in the order of {@code pValues}. */
    public static double[] holm(double[] pValues) {
        Integer[] order = order(pValues);
        double[] out = nanCopy(pValues);
        int m = order.length;
        double running = 0;
        for (int i = 0; i < m; i++) {
            double adjusted = Math.min(1.0, (m - i) * pValues[order[i]]);
            running = Math.max(running, adjusted);
            out[order[i]] = running;
        }
        return out;
    }

    /** Benjamini–Hochberg-adjusted p-values, in the order of {@code pValues}. */
    public static double[] benjaminiHochberg(double[] pValues) {
        Integer[] order = order(pValues);
        double[] out = nanCopy(pValues);
        int m = order.length;
        double running = 1.0;
        for (int i = m - 1; i >= 0; i--) {
            double adjusted = Math.min(1.0, m * pValues[order[i]] / (i + 1));
            running = Math.min(running, adjusted);
            out[order[i]] = running;
        }
        return out;
    }

    /** Indices of the non-NaN p-values, smallest p first (ties by index). */
    private static Integer[] order(double[] pValues) {
        Objects.requireNonNull(pValues, "pValues");
        for (int i = 0; i < pValues.length; i++) {
            double p = pValues[i];
            if (!Double.isNaN(p) && !(p >= 0 && p <= 1)) {
                throw ArgumentChecks.fail("pValues must lie in [0, 1], but pValues[%d] = %s", i, p);
            }
        }
        return java.util.stream.IntStream.range(0, pValues.length).filter(i -> !Double.isNaN(pValues[i])).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> pValues[i]).thenComparingInt(i -> i))
                .toArray(Integer[]::new);
    }

    private static double[] nanCopy(double[] pValues) {
        double[] out = new double[pValues.length];
        Arrays.fill(out, Double.NaN);
        return out;
    }
}
