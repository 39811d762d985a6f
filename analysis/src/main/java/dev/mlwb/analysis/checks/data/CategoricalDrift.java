package dev.mlwb.analysis.checks.data;

import dev.mlwb.analysis.data.Database;
import dev.mlwb.analysis.evidence.DriftWindow;
import dev.mlwb.analysis.evidence.HistogramBin;
import dev.mlwb.analysis.stats.ChiSquareIndependence;
import dev.mlwb.analysis.stats.JensenShannon;
import dev.mlwb.analysis.stats.Psi;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Drift of a categorical subject: PSI with one bin per category, the chi-square test of dataset ×
 * category, and the Jensen–Shannon distance. Up to {@value #MAX_CATEGORIES} categories are kept,
 * the rarest beyond that counted together; identifier-like columns are not compared.
 */
final class CategoricalDrift {
    static final int MAX_CATEGORIES = 1000;
    static final String OTHER = "(other)";
    private static final int SHOWN = 40;

    private CategoricalDrift() {
    }

    /** Most values distinct: an identifier, not a category. */
    static boolean identifierLike(long distinct, long nonNull) {
        return distinct > 50 && distinct > 0.5 * nonNull;
    }

    static DriftStats compute(Database db, Side ref, Side cur, Duration window, long minRows) throws SQLException {
        Distributions.Summary rs = Distributions.summary(db, ref, false);
        Distributions.Summary cs = Distributions.summary(db, cur, false);
        if (rs.nonNull() == 0 || cs.nonNull() == 0) {
            return DriftStats.notCompared(false, rs, cs, false, List.of());
        }
        Distributions.Categories cats = Distributions.categories(db, ref, cur, MAX_CATEGORIES);
        List<Distributions.CategoryRows> top = cats.top();
        long[][] counts = new long[2][top.size() + 1];
        for (int i = 0; i < top.size(); i++) {
            counts[0][i] = top.get(i).reference();
            counts[1][i] = top.get(i).current();
        }
        counts[0][top.size()] = rs.nonNull() - Arrays.stream(counts[0]).sum();
        counts[1][top.size()] = cs.nonNull() - Arrays.stream(counts[1]).sum();
        long[][] kept = dropEmptyOther(counts);
        if (identifierLike(cats.distinctReference(), rs.nonNull()) || identifierLike(cats.distinctCurrent(), cs.nonNull())) {
            return DriftStats.notCompared(false, rs, cs, true, bins(top, kept, new double[kept[0].length]));
        }
        double[] terms = Psi.contributions(kept[0], kept[1]);
        double psi = Arrays.stream(terms).sum();
        double chi2 = ChiSquareIndependence.test(kept).pValue();
        double js = JensenShannon.distance(kept[0], kept[1]);
        List<DriftWindow> windows = window == null || !cur.timed() ? List.of()
                : windows(db, cur, top, kept, window, minRows);
        return new DriftStats(false, rs, cs, psi, Double.NaN, Double.NaN, chi2, js, false, bins(top, kept, terms), windows);
    }

    /** The counts without the {@code (other)} bin when no category was lumped into it. */
    private static long[][] dropEmptyOther(long[][] counts) {
        int last = counts[0].length - 1;
        if (counts[0][last] == 0 && counts[1][last] == 0) {
            return new long[][] {Arrays.copyOf(counts[0], last), Arrays.copyOf(counts[1], last)};
        }
        return counts;
    }

    /** The first {@value #SHOWN} categories, then everything else as one bin. */
    private static List<HistogramBin> bins(List<Distributions.CategoryRows> top, long[][] counts, double[] terms) {
        long rt = Arrays.stream(counts[0]).sum();
        long ct = Arrays.stream(counts[1]).sum();
        List<HistogramBin> out = new ArrayList<>();
        long restRef = 0;
        long restCur = 0;
        double restTerm = 0;
        for (int i = 0; i < counts[0].length; i++) {
            boolean isOther = i >= top.size();
            if (i < SHOWN && !isOther) {
                out.add(new HistogramBin(top.get(i).value(), Double.NaN, Double.NaN, counts[0][i], counts[1][i],
                        share(counts[0][i], rt), share(counts[1][i], ct), counts[0][i] == 0, terms[i]));
            } else {
                restRef += counts[0][i];
                restCur += counts[1][i];
                restTerm += terms[i];
            }
        }
        if (restRef + restCur > 0) {
            out.add(new HistogramBin(OTHER, Double.NaN, Double.NaN, restRef, restCur, share(restRef, rt),
                    share(restCur, ct), false, restTerm));
        }
        return out;
    }

    private static double share(long n, long total) {
        return total > 0 ? (double) n / total : Double.NaN;
    }

    private static List<DriftWindow> windows(Database db, Side cur, List<Distributions.CategoryRows> top,
                                             long[][] kept, Duration window, long minRows) throws SQLException {
        List<String> names = top.stream().map(Distributions.CategoryRows::value).toList();
        Map<Long, long[]> counts = Distributions.windowCategoryCounts(db, cur, names, window);
        List<DriftWindow> out = new ArrayList<>();
        for (Map.Entry<Long, long[]> e : counts.entrySet()) {
            long[] v = e.getValue();
            long rows = v[0];
            long nonNull = rows - v[1];
            long[] bins = Arrays.copyOfRange(v, 2, 2 + kept[0].length);
            double psi = nonNull > 0 ? Psi.of(kept[0], bins) : Double.NaN;
            double js = nonNull > 0 ? JensenShannon.distance(kept[0], bins) : Double.NaN;
            Instant start = Numbers.instant(e.getKey());
            out.add(new DriftWindow(start, start.plus(window), rows, (double) v[1] / rows, psi, Double.NaN, js,
                    nonNull >= minRows));
        }
        return out;
    }
}
