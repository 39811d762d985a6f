package dev.mlwb.analysis.checks.canary;

import dev.mlwb.analysis.bundle.Arms;
import dev.mlwb.analysis.bundle.SliceKey;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Severity;
import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.evidence.SliceBreakdown;
import dev.mlwb.analysis.evidence.SliceRow;
import dev.mlwb.analysis.evidence.SliceVerdict;
import dev.mlwb.analysis.format.Fmt;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Words and evidence for a traffic-mix finding. */
final class MixFinding {
    private static final int LISTED = 4;

    private MixFinding() {
    }

    /** @param comparisons the slice × stretch tests the check's correction covered */
    static Finding build(String check, ArmTraffic traffic, Arms arms, List<String> dimension, MixJudgement judged,
                         int comparisons) {
        MixJudgement.Judged worst = judged.worst().orElseThrow();
        Map<String, SliceRow> flagged = new LinkedHashMap<>();
        worst.flagged().forEach(r -> flagged.put(r.slice(), r));
        judged.violatingWindows().forEach(w -> w.flagged().forEach(r -> flagged.putIfAbsent(r.slice(), r)));
        List<SliceRow> rows = new ArrayList<>(flagged.values());
        boolean missing = rows.stream().anyMatch(r -> r.verdict() == SliceVerdict.NO_CANARY_TRAFFIC);
        String dim = String.join(" × ", dimension);
        List<String> values = rows.stream().map(SliceRow::label).toList();
        String title = (missing ? "Canary receives no traffic from " : "Canary under-represents ") + dim + " "
                + Fmt.and(values.size() > LISTED ? append(values.subList(0, LISTED), "more") : values);
        SliceRow top = rows.get(0);
        Finding.Builder f = Finding.builder(check, Severity.CRITICAL, title)
                .summary(summary(traffic, dim, worst, rows, judged, comparisons))
                .remedy(remedy(dim, worst))
                .measure("baseline_share", top.baselineShare())
                .measure("canary_share", top.canaryShare())
                .measure("share_ratio", top.shareRatio())
                .measure("chi2_pvalue", worst.chi2PValue())
                .measure("share_pvalue", top.pValue())
                .measure("comparisons", comparisons)
                .evidence(breakdown(traffic, arms, dimension, worst));
        rows.forEach(r -> f.subject(Subject.slice(SliceKey.parse(r.slice()).orElseThrow())));
        worst.range().ifPresent(f::window);
        judged.violatingWindows().stream().map(MixJudgement.Judged::range)
                .flatMap(java.util.Optional::stream).filter(w -> worst.range().map(r -> !r.equals(w)).orElse(true))
                .forEach(f::window);
        return f.build();
    }

    private static String remedy(String dim, MixJudgement.Judged worst) {
        List<String> over = overRepresented(worst).stream().map(SliceRow::label).toList();
        String speaksFor = over.isEmpty() ? "the canary's metrics do not represent every " + dim
                : "the canary's metrics only speak for " + Fmt.and(over) + " traffic";
        return "Route a random, stratified share of every " + dim + " to the canary (slice-aware allocation in the "
                + "load balancer), and guard each slice separately (canary.slice-guard). Until then " + speaksFor
                + ": do not promote on them.";
    }

    private static List<String> append(List<String> head, String tail) {
        List<String> out = new ArrayList<>(head);
        out.add(tail);
        return out;
    }

    private static String summary(ArmTraffic traffic, String dim, MixJudgement.Judged worst, List<SliceRow> rows,
                                  MixJudgement judged, int comparisons) {
        StringBuilder s = new StringBuilder("During ").append(worst.period()).append(", ");
        List<String> parts = new ArrayList<>();
        for (SliceRow r : rows.subList(0, Math.min(LISTED, rows.size()))) {
            parts.add(r.label() + " was " + Fmt.pct(r.baselineShare()) + " of baseline " + traffic.unit() + " but "
                    + Fmt.pct(r.canaryShare()) + " of canary " + traffic.unit());
        }
        s.append(String.join("; ", parts));
        if (rows.size() > LISTED) {
            s.append("; and ").append(rows.size() - LISTED).append(" more slices");
        }
        s.append(". ");
        List<SliceRow> over = overRepresented(worst);
        if (!over.isEmpty()) {
            s.append("The canary's ").append(traffic.unit()).append(" came from ").append(Fmt.and(over.stream()
                    .map(r -> r.label() + " (" + Fmt.pct(r.canaryShare()) + ", against " + Fmt.pct(r.baselineShare())
                            + " of baseline)").toList())).append(". ");
        }
        if (judged.whole().isPresent() && !judged.whole().get().violated()) {
            s.append("Over the whole incident the mix looks balanced, so a comparison over the whole file misses it. ");
        }
        if (judged.windowsJudged() > 1) {
            s.append(judged.violatingWindows().size()).append(" of ").append(judged.windowsJudged())
                    .append(" windows with traffic in both arms break the rule. ");
        }
        s.append("Each flagged slice's lower canary share is significant (one-sided two-proportion z-test, ")
                .append(Fmt.p(rows.get(0).pValue()).replace("p ", "adjusted p ")).append(" for ").append(rows.get(0).label())
                .append(", Holm-adjusted over ").append(comparisons).append(" slice × phase and window comparisons). ");
        s.append("Its metrics therefore say little about the missing ").append(dim).append(" slices. Chi-square test of arm × ")
                .append(dim).append(": ").append(Fmt.p(worst.chi2PValue())).append(" (reported, not gated on).");
        return s.toString();
    }

    /** Slices whose canary share is well above their baseline share, largest canary share first. */
    private static List<SliceRow> overRepresented(MixJudgement.Judged judged) {
        return judged.rows().stream().filter(r -> r.shareRatio() > 1.25)
                .sorted(java.util.Comparator.comparingDouble(SliceRow::canaryShare).reversed()).limit(LISTED).toList();
    }

    static SliceBreakdown breakdown(ArmTraffic traffic, Arms arms, List<String> dimension, MixJudgement.Judged j) {
        SliceRow aggregate = new SliceRow("all", "all traffic", false, j.baselineTotal(), j.canaryTotal(), 1, 1,
                Double.NaN, Double.NaN, Double.NaN, j.chi2PValue(), SliceVerdict.OK);
        String dim = String.join(",", dimension);
        return new SliceBreakdown("Traffic share by " + dim.replace(",", " × ") + ", " + j.period(), dim, "traffic",
                traffic.unit(), arms.baseline(), arms.canary(), j.period(), Double.NaN, aggregate, j.rows());
    }
}
