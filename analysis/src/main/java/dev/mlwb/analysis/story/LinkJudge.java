package dev.mlwb.analysis.story;

import dev.mlwb.analysis.bundle.SliceKey;
import dev.mlwb.analysis.format.Fmt;
import dev.mlwb.analysis.time.TimeRange;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a causal pattern holds between two findings of this incident, and says why: the subjects they
 * share, the time order of their onsets and windows. A consequence whose problem clearly started before its
 * supposed cause is never linked to it.
 */
final class LinkJudge {
    private final Map<String, TimeRange> datasetSpans;
    private final boolean inputDrift;

    /**
     * @param datasetSpans the time span of each predictions and features dataset
     * @param inputDrift whether any input feature drifted (then a model finding may be the data's doing)
     */
    LinkJudge(Map<String, TimeRange> datasetSpans, boolean inputDrift) {
        this.datasetSpans = Map.copyOf(datasetSpans);
        this.inputDrift = inputDrift;
    }

    Optional<Link> judge(CausalPattern p, FindingFacts cause, FindingFacts effect) {
        if (p != CausalPattern.SAME_CHECK && contradicted(cause, effect)) {
            return Optional.empty();
        }
        List<String> subjects = new ArrayList<>();
        List<String> times = new ArrayList<>();
        Set<String> features = intersect(cause.features(), effect.features());
        Set<String> models = intersect(cause.models(), effect.models());
        Set<String> pairs = intersect(pairs(cause.slices(), cause.unseen()), pairs(effect.slices(), Set.of()));
        switch (p) {
            case UNSEEN_IMPUTATION -> {
                Set<String> unseen = intersect(cause.unseen(), pairs(effect.slices(), Set.of()));
                if (!unseen.isEmpty()) {
                    subjects.add("its rows concentrate in " + Fmt.and(List.copyOf(unseen))
                            + ", categories the encoder does not know");
                }
                feature(features, subjects);
                order(cause, effect, times);
            }
            case UNSEEN_DRIFT, IMPUTATION_DRIFT -> {
                feature(features, subjects);
                order(cause, effect, times);
            }
            case LEAK_DRIFT -> {
                if (!intersect(cause.datasets(), effect.datasets()).isEmpty()) {
                    feature(features, subjects);
                }
            }
            case DATA_MODEL, MIX_CANARY -> {
                slices(pairs, subjects);
                overlap(cause, effect, times);
                if (times.isEmpty() && p == CausalPattern.DATA_MODEL) {
                    order(cause, effect, times);
                }
            }
            case MIX_SLICE -> slices(pairs, subjects);
            case LEAK_GAP -> leakedOffline(cause, effect, times);
            case SCHEMA_ROLLBACK, COLD_START_LATENCY -> {
                if (!models.isEmpty()) {
                    subjects.add("the breach is in " + Fmt.and(List.copyOf(models)) + ", the version named by the cause");
                }
                Set<String> metrics = intersect(cause.metrics(), effect.metrics());
                if (!metrics.isEmpty()) {
                    subjects.add("both are about " + Fmt.and(List.copyOf(metrics)));
                }
                overlap(cause, effect, times);
            }
            case STALE_DRIFT, FRESHNESS_DATA -> {
                order(cause, effect, times);
            }
            case SAME_MODEL -> {
                if (!models.isEmpty() && !inputDrift) {
                    subjects.add("both describe model " + Fmt.and(List.copyOf(models)) + " and no input feature "
                            + "drifted, so one change of the model explains them together");
                }
            }
            case SAME_CHECK -> {
                Set<String> shared = intersect(subjectSet(cause), subjectSet(effect));
                if (!shared.isEmpty()) {
                    subjects.add("the same " + Fmt.and(List.copyOf(shared).subList(0, Math.min(3, shared.size())))
                            + (shared.size() > 3 ? " and " + (shared.size() - 3) + " more" : ""));
                }
                overlap(cause, effect, times);
            }
            default -> { }
        }
        // a pattern alone is a hypothesis, not a finding: a link needs this incident's own confirmation
        if (subjects.isEmpty() && times.isEmpty()) {
            return Optional.empty();
        }
        List<String> why = new ArrayList<>(subjects);
        why.addAll(times);
        return Optional.of(new Link(cause, effect, p, !subjects.isEmpty(), !times.isEmpty(),
                p.label + ": " + String.join("; ", why)));
    }

    /** The consequence's problem ended before the cause's could have begun. */
    static boolean contradicted(FindingFacts cause, FindingFacts effect) {
        if (cause.onset().isEmpty() || effect.onset().isEmpty()) {
            return false;
        }
        return effect.onset().get().latest().isBefore(cause.onset().get().earliest());
    }

    private static void order(FindingFacts cause, FindingFacts effect, List<String> out) {
        if (cause.onset().isPresent() && effect.onset().isPresent()) {
            Onset c = cause.onset().get();
            Onset e = effect.onset().get();
            out.add("it started " + Fmt.time(e.at()) + " UTC, " + (e.at().isBefore(c.at())
                    ? "within the resolution of the cause's start (" : "after the cause (") + Fmt.time(c.at()) + " UTC)");
        }
    }

    private static void overlap(FindingFacts cause, FindingFacts effect, List<String> out) {
        Optional<TimeRange> c = cause.span().or(() -> cause.onset().map(o -> new TimeRange(o.earliest(), o.latest())));
        Optional<TimeRange> e = effect.span().or(() -> effect.onset().map(o -> new TimeRange(o.earliest(), o.latest())));
        if (c.isPresent() && e.isPresent() && c.get().overlaps(e.get())) {
            out.add("it held " + Fmt.period(e.get()) + ", while the cause did (" + Fmt.period(c.get()) + ")");
        }
    }

    private void leakedOffline(FindingFacts cause, FindingFacts effect, List<String> out) {
        if (cause.span().isEmpty()) {
            return;
        }
        for (String d : effect.datasets()) {
            TimeRange span = datasetSpans.get(d);
            if (span != null && span.overlaps(cause.span().get())) {
                out.add("the rows of " + d + " (" + Fmt.period(span) + ") fall in the leaked period ("
                        + Fmt.period(cause.span().get()) + ")");
            }
        }
    }

    private static void feature(Set<String> features, List<String> out) {
        if (!features.isEmpty()) {
            out.add("both are about feature " + Fmt.and(List.copyOf(features)));
        }
    }

    private static void slices(Set<String> pairs, List<String> out) {
        if (!pairs.isEmpty()) {
            out.add("both are about " + Fmt.and(List.copyOf(pairs)));
        }
    }

    /** Every {@code column=value} pair of these slices, and the given pairs. */
    private static Set<String> pairs(Set<SliceKey> slices, Set<String> extra) {
        Set<String> out = new LinkedHashSet<>(extra);
        for (SliceKey k : slices) {
            k.values().forEach((c, v) -> out.add(c + "=" + v));
        }
        return out;
    }

    private static Set<String> subjectSet(FindingFacts f) {
        Set<String> out = new LinkedHashSet<>();
        f.finding().subjects().forEach(s -> out.add(s.toString()));
        return out;
    }

    private static <T> Set<T> intersect(Set<T> a, Set<T> b) {
        Set<T> out = new LinkedHashSet<>(a);
        out.retainAll(b);
        return out;
    }

    /**
     * A causal link between two findings.
     *
     * @param bySubject confirmed by shared subjects
     * @param byTime confirmed by time order or overlap
     * @param reason why it was drawn, in words
     */
    record Link(FindingFacts cause, FindingFacts effect, CausalPattern pattern, boolean bySubject, boolean byTime,
                String reason) {
        int confirmation() {
            return (bySubject ? 2 : 0) + (byTime ? 1 : 0);
        }
    }
}
