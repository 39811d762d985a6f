package dev.mlwb.analysis.checks.data;

import dev.mlwb.analysis.evidence.DriftWindow;
import dev.mlwb.analysis.evidence.HistogramBin;
import dev.mlwb.analysis.profile.CategoricalProfile;
import dev.mlwb.analysis.stats.ChiSquareIndependence;
import dev.mlwb.analysis.stats.JensenShannon;
import dev.mlwb.analysis.stats.Psi;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Drift of a categorical subject from the two sides' profiles (exact counts per category): PSI with one
 * bin per category, the chi-square test of dataset × category, and the Jensen–Shannon distance. Up to
 * {@value #MAX_CATEGORIES} categories are kept, the rarest beyond that counted together; identifier-like
 * columns are not compared.
 */
final class CategoricalDrift {
    static final int MAX_CATEGORIES = 1000;
    static final String OTHER = "(other)";
    private static final int SHOWN = 40;

    private CategoricalDrift() {
    }

    static DriftStats compute(CategoricalProfile ref, CategoricalProfile cur, Optional<Duration> window, long minRows) {
        DriftStats.Summary rs = new DriftStats.Summary(ref.rows(), ref.nonNull(), Double.NaN, Double.NaN);
        DriftStats.Summary cs = new DriftStats.Summary(cur.rows(), cur.nonNull(), Double.NaN, Double.NaN);
        if (ref.nonNull() == 0 || cur.nonNull() == 0) {
            return DriftStats.notCompared(false, rs, cs, false, List.of());
        }
        List<String> top = top(ref.counts(), cur.counts());
        long[][] counts = new long[2][top.size() + 1];
        for (int i = 0; i < top.size(); i++) {
            counts[0][i] = ref.counts().getOrDefault(top.get(i), 0L);
            counts[1][i] = cur.counts().getOrDefault(top.get(i), 0L);
        }
        counts[0][top.size()] = ref.nonNull() - Arrays.stream(counts[0]).sum();
        counts[1][top.size()] = cur.nonNull() - Arrays.stream(counts[1]).sum();
        long[][] kept = dropEmptyOther(counts);
        if (ref.identifierLike() || cur.identifierLike()) {
            return DriftStats.notCompared(false, rs, cs, true, bins(top, kept, new double[kept[0].length]));
        }
        double[] terms = Psi.contributions(kept[0], kept[1]);
        double psi = Arrays.stream(terms).sum();
        double chi2 = ChiSquareIndependence.test(kept).pValue();
        double js = JensenShannon.distance(kept[0], kept[1]);
        List<DriftWindow> windows = window.isEmpty() ? List.of() : windows(cur, top, kept, window.get(), minRows);
        return new DriftStats(false, rs, cs, psi, Double.NaN, Double.NaN, chi2, js, false, bins(top, kept, terms),
                windows, DriftStats.Bounds.EXACT);
    }

    /** The most frequent categories of both sides together, up to {@value #MAX_CATEGORIES}. */
    private static List<String> top(Map<String, Long> ref, Map<String, Long> cur) {
        Map<String, Long> both = new HashMap<>(ref);
        cur.forEach((k, v) -> both.merge(k, v, Long::sum));
        return both.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey())).limit(MAX_CATEGORIES).map(Map.Entry::getKey).toList();
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
    private static List<HistogramBin> bins(List<String> top, long[][] counts, double[] terms) {
        long rt = Arrays.stream(counts[0]).sum();
        long ct = Arrays.stream(counts[1]).sum();
        List<HistogramBin> out = new ArrayList<>();
        long restRef = 0;
        long restCur = 0;
        double restTerm = 0;
        for (int i = 0; i < counts[0].length; i++) {
            boolean isOther = i >= top.size();
            if (i < SHOWN && !isOther) {
                out.add(new HistogramBin(top.get(i), Double.NaN, Double.NaN, counts[0][i], counts[1][i],
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

    private static List<DriftWindow> windows(CategoricalProfile cur, List<String> top, long[][] kept, Duration window,
                                             long minRows) {
        List<DriftWindow> out = new ArrayList<>();
        for (Map.Entry<Long, CategoricalProfile.Window> e : cur.windows().entrySet()) {
            CategoricalProfile.Window w = e.getValue();
            long[] bins = new long[kept[0].length];
            long listed = 0;
            for (int i = 0; i < Math.min(top.size(), bins.length); i++) {
                bins[i] = w.counts().getOrDefault(top.get(i), 0L);
                listed += bins[i];
            }
            if (bins.length > top.size()) {
                bins[top.size()] = w.nonNull() - listed;
            }
            double psi = w.nonNull() > 0 ? Psi.of(kept[0], bins) : Double.NaN;
            double js = w.nonNull() > 0 ? JensenShannon.distance(kept[0], bins) : Double.NaN;
            Instant start = Numbers.instant(e.getKey());
            out.add(new DriftWindow(start, start.plus(window), w.rows(), w.rows() > 0
                    ? (double) (w.rows() - w.nonNull()) / w.rows() : Double.NaN, psi, Double.NaN, js,
                    w.nonNull() >= minRows));
        }
        return out;
    }
}
