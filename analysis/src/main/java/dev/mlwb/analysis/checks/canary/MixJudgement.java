package dev.mlwb.analysis.checks.canary;

import dev.mlwb.analysis.bundle.SliceKey;
import dev.mlwb.analysis.evidence.SliceRow;
import dev.mlwb.analysis.format.Fmt;
import dev.mlwb.analysis.time.TimeRange;
import dev.mlwb.analysis.timeline.Phase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The traffic-mix rules applied to every phase and every window of one slice dimension.
 *
 * @param primary the stretch that best represents the canary (the canary phase, else the phase
 *     with the most canary traffic); empty if no stretch had traffic in both arms
 * @param phases every judged phase, in time order
 * @param violatingWindows windows (within judged phases) that break a rule
 * @param windowsJudged how many windows had enough traffic to be judged
 * @param whole the whole span, judged as one
 */
record MixJudgement(Optional<Judged> primary, List<Judged> phases, List<Judged> violatingWindows, int windowsJudged,
                    Optional<Judged> whole) {

    /** One stretch of time, judged. */
    record Judged(String period, Optional<TimeRange> range, Optional<Phase.Kind> kind, List<SliceRow> rows,
                  double baselineTotal, double canaryTotal, double chi2PValue) {
        boolean violated() {
            return SliceMix.violates(rows);
        }

        List<SliceRow> flagged() {
            return rows.stream().filter(SliceMix::flagged).toList();
        }
    }

    boolean violated() {
        return phases.stream().anyMatch(Judged::violated) || !violatingWindows.isEmpty();
    }

    /** The stretch to describe: the primary phase if it violates, else the first violating phase or window. */
    Optional<Judged> worst() {
        if (primary.isPresent() && primary.get().violated()) {
            return primary;
        }
        return phases.stream().filter(Judged::violated).findFirst().or(() -> violatingWindows.stream().findFirst());
    }

    static MixJudgement judge(PhasedMix mix, SliceMix.Rules rules, Set<SliceKey> critical, double minTraffic) {
        List<Judged> phases = new ArrayList<>();
        List<Judged> windows = new ArrayList<>();
        int judgedWindows = 0;
        for (int index : mix.phaseIndices()) {
            Optional<Phase> phase = mix.phaseAt(index);
            SliceMix m = mix.phase(index);
            if (!enough(m, minTraffic)) {
                continue;
            }
            phases.add(judged(phase.map(Phase::label).orElse("the whole incident"), phase.map(Phase::range),
                    phase.map(Phase::kind), m, rules, critical));
            for (Map.Entry<TimeRange, SliceMix> w : mix.windows(index).entrySet()) {
                if (enough(w.getValue(), minTraffic)) {
                    judgedWindows++;
                    Judged j = judged("the window " + Fmt.period(w.getKey()), Optional.of(w.getKey()), phase.map(Phase::kind),
                            w.getValue(), rules, critical);
                    if (j.violated()) {
                        windows.add(j);
                    }
                }
            }
        }
        SliceMix all = mix.whole();
        Optional<Judged> whole = enough(all, minTraffic)
                ? Optional.of(judged("the whole incident", Optional.empty(), Optional.empty(), all, rules, critical))
                : Optional.empty();
        Optional<Judged> primary = phases.stream()
                .max(Comparator.comparing((Judged j) -> j.kind().orElse(null) == Phase.Kind.CANARY)
                        .thenComparingDouble(Judged::canaryTotal));
        return new MixJudgement(primary, phases, windows, judgedWindows, whole);
    }

    private static boolean enough(SliceMix m, double minTraffic) {
        return m.baselineTotal() >= minTraffic && m.canaryTotal() >= minTraffic;
    }

    private static Judged judged(String period, Optional<TimeRange> range, Optional<Phase.Kind> kind, SliceMix m,
                                 SliceMix.Rules rules, Set<SliceKey> critical) {
        return new Judged(period, range, kind, m.rows(rules, critical), m.baselineTotal(), m.canaryTotal(),
                m.chiSquarePValue());
    }
}
