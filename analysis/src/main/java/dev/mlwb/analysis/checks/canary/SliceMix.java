package dev.mlwb.analysis.checks.canary;

import dev.mlwb.analysis.bundle.SliceKey;
import dev.mlwb.analysis.evidence.SliceRow;
import dev.mlwb.analysis.evidence.SliceVerdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import dev.mlwb.analysis.stats.ChiSquareIndependence;
import dev.mlwb.analysis.stats.TwoProportionZTest;

/**
 * Traffic per slice in the baseline and canary arms over one stretch of time, and the verdict of
 * the traffic-mix rules on each slice.
 */
final class SliceMix {
    /**
     * The rules: see {@link TrafficMixCheck#thresholds()}.
     *
     * @param adjust turns a slice's raw p-value into its p-value adjusted for every comparison of the check (see
     *     {@link TrafficMixCheck}); a slice is flagged only when the adjusted p-value is below {@code alpha}
     */
    record Rules(double minBaselineShare, double maxCanaryShare, double minShareRatio, double ratioMinBaselineShare,
                 double alpha, java.util.function.DoubleUnaryOperator adjust) {
        /** Whether a slice with this baseline share is subject to a rule (and so one of the check's tests). */
        boolean tested(double baselineShare) {
            return baselineShare >= Math.min(minBaselineShare, ratioMinBaselineShare);
        }

        Rules adjusting(java.util.function.DoubleUnaryOperator a) {
            return new Rules(minBaselineShare, maxCanaryShare, minShareRatio, ratioMinBaselineShare, alpha, a);
        }
    }

    private final Map<SliceKey, double[]> traffic = new LinkedHashMap<>();

    void add(SliceKey slice, boolean canary, double units) {
        traffic.computeIfAbsent(slice, k -> new double[2])[canary ? 1 : 0] += units;
    }

    void addAll(SliceMix other) {
        other.traffic.forEach((k, v) -> {
            double[] t = traffic.computeIfAbsent(k, x -> new double[2]);
            t[0] += v[0];
            t[1] += v[1];
        });
    }

    double baselineTotal() {
        return traffic.values().stream().mapToDouble(v -> v[0]).sum();
    }

    double canaryTotal() {
        return traffic.values().stream().mapToDouble(v -> v[1]).sum();
    }

    boolean isEmpty() {
        return traffic.isEmpty();
    }

    /**
     * Pearson chi-square test of independence between arm and slice (no continuity correction,
     * empty slices dropped); NaN when either arm has no traffic. Reported, never gated on.
     */
    double chiSquarePValue() {
        if (baselineTotal() <= 0 || canaryTotal() <= 0) {
            return Double.NaN;
        }
        Map<SliceKey, Long> baseline = new LinkedHashMap<>();
        Map<SliceKey, Long> canary = new LinkedHashMap<>();
        traffic.forEach((k, v) -> {
            baseline.put(k, Math.round(v[0]));
            canary.put(k, Math.round(v[1]));
        });
        return ChiSquareIndependence.testCategories(baseline, canary).pValue();
    }

    /**
     * One row per slice, largest baseline share first, with its verdict under the rules. A row's
     * p-value is the one-sided two-proportion z-test of "the slice's canary share is lower than its
     * baseline share", adjusted by the rules for every comparison the check makes; a rule only flags a
     * slice when the adjusted p-value is below {@code alpha}, so a thin window's noise is not called
     * contamination. Slices too rare for any rule are not tested (NaN).
     */
    List<SliceRow> rows(Rules rules, Set<SliceKey> critical) {
        double bt = baselineTotal();
        double ct = canaryTotal();
        List<SliceRow> rows = new ArrayList<>();
        for (Map.Entry<SliceKey, double[]> e : traffic.entrySet()) {
            double b = e.getValue()[0];
            double c = e.getValue()[1];
            double bs = bt > 0 ? b / bt : Double.NaN;
            double cs = ct > 0 ? c / ct : Double.NaN;
            double p = rules.tested(bs) ? rules.adjust().applyAsDouble(shareDropPValue(b, bt, c, ct)) : Double.NaN;
            SliceVerdict v = verdict(bs, cs, rules);
            if ((v == SliceVerdict.NO_CANARY_TRAFFIC || v == SliceVerdict.UNDER_REPRESENTED) && !(p < rules.alpha())) {
                v = SliceVerdict.NOT_SIGNIFICANT;
            }
            rows.add(new SliceRow(e.getKey().toString(), e.getKey().label(), isCritical(e.getKey(), critical), b, c, bs,
                    cs, Double.NaN, Double.NaN, Double.NaN, p, v));
        }
        rows.sort(Comparator.comparingDouble(SliceRow::baselineShare).reversed());
        return rows;
    }

    /** P(canary share ≤ observed) if it equalled the baseline share: pooled two-proportion z-test. */
    static double shareDropPValue(double baseline, double baselineTotal, double canary, double canaryTotal) {
        long bt = Math.round(baselineTotal);
        long ct = Math.round(canaryTotal);
        if (bt < 1 || ct < 1) {
            return Double.NaN;
        }
        return TwoProportionZTest.test(Math.min(Math.round(baseline), bt), bt, Math.min(Math.round(canary), ct), ct)
                .pValueLower();
    }

    static boolean isCritical(SliceKey slice, Set<SliceKey> critical) {
        return critical.stream().anyMatch(slice::within);
    }

    static SliceVerdict verdict(double baselineShare, double canaryShare, Rules r) {
        if (Double.isNaN(baselineShare) || Double.isNaN(canaryShare)) {
            return SliceVerdict.INSUFFICIENT_TRAFFIC;
        }
        if (baselineShare >= r.minBaselineShare() && canaryShare < r.maxCanaryShare()) {
            return SliceVerdict.NO_CANARY_TRAFFIC;
        }
        if (baselineShare >= r.ratioMinBaselineShare() && canaryShare / baselineShare < r.minShareRatio()) {
            return SliceVerdict.UNDER_REPRESENTED;
        }
        return SliceVerdict.OK;
    }

    /** Whether any slice breaks a rule. */
    static boolean violates(List<SliceRow> rows) {
        return rows.stream().anyMatch(SliceMix::flagged);
    }

    static boolean flagged(SliceRow r) {
        return r.verdict() == SliceVerdict.NO_CANARY_TRAFFIC || r.verdict() == SliceVerdict.UNDER_REPRESENTED;
    }
}
