package dev.mlwb.analysis.story;

import dev.mlwb.analysis.check.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Links findings into chains: each finding takes as its parent the best-confirmed pattern link from a finding
 * upstream of it (lower rank, or the same rank and earlier in the report), so the links form a forest; each tree
 * is a chain, and the chains are ordered likely root cause first.
 */
final class ChainBuilder {
    private ChainBuilder() {
    }

    /** The parent link chosen for each finding that has one, by the effect's report index. */
    static Map<Integer, LinkJudge.Link> parents(List<FindingFacts> facts, LinkJudge judge) {
        Map<Integer, LinkJudge.Link> out = new HashMap<>();
        for (FindingFacts effect : facts) {
            Optional<LinkJudge.Link> best = facts.stream()
                    .filter(cause -> upstream(cause, effect))
                    .flatMap(cause -> CausalPattern.candidates(cause, effect).stream()
                            .map(p -> judge.judge(p, cause, effect)).flatMap(Optional::stream))
                    .min(Comparator.comparingInt((LinkJudge.Link l) -> -l.confirmation())
                            .thenComparingInt(l -> -l.pattern().strength)
                            .thenComparingInt(l -> l.cause().rank())
                            .thenComparingInt(l -> l.cause().index()));
            best.ifPresent(l -> out.put(effect.index(), l));
        }
        return out;
    }

    /** A cause must sit upstream: a lower rank, or the same rank and earlier in the report. Keeps the links acyclic. */
    static boolean upstream(FindingFacts cause, FindingFacts effect) {
        return cause.rank() < effect.rank() || cause.rank() == effect.rank() && cause.index() < effect.index();
    }

    /** The trees, as root and links in depth-first order, likely root cause first. */
    static List<Tree> trees(List<FindingFacts> facts, Map<Integer, LinkJudge.Link> parents) {
        Map<Integer, List<LinkJudge.Link>> children = new HashMap<>();
        parents.values().forEach(l -> children.computeIfAbsent(l.cause().index(), k -> new ArrayList<>()).add(l));
        children.values().forEach(list -> list.sort(Comparator.comparingInt(l -> l.effect().index())));
        List<Tree> out = new ArrayList<>();
        for (FindingFacts f : facts) {
            if (!parents.containsKey(f.index())) {
                List<ChainLink> links = new ArrayList<>();
                List<FindingFacts> members = new ArrayList<>(List.of(f));
                walk(f, 1, children, links, members);
                out.add(new Tree(f, links, members));
            }
        }
        out.sort(Comparator.comparingInt((Tree t) -> t.root().rank() <= 1 ? 0 : 1)
                .thenComparing(t -> t.root().finding().severity())
                .thenComparingInt(t -> -t.links().size())
                .thenComparing(t -> t.root().onset().map(o -> o.at().toEpochMilli()).orElse(Long.MAX_VALUE))
                .thenComparingInt(t -> t.root().index()));
        return out;
    }

    private static void walk(FindingFacts parent, int depth, Map<Integer, List<LinkJudge.Link>> children,
                             List<ChainLink> links, List<FindingFacts> members) {
        for (LinkJudge.Link l : children.getOrDefault(parent.index(), List.of())) {
            Finding f = l.effect().finding();
            links.add(new ChainLink(f, parent.finding(), depth, l.pattern().label, l.reason(), l.bySubject(),
                    l.byTime()));
            members.add(l.effect());
            walk(l.effect(), depth + 1, children, links, members);
        }
    }

    /** A chain before its alerts are looked up. */
    record Tree(FindingFacts root, List<ChainLink> links, List<FindingFacts> members) {
        /** The root's onset, or no later than the earliest onset of what it explains. */
        Optional<Onset> onset() {
            if (root.onset().isPresent()) {
                return root.onset();
            }
            return members.stream().map(FindingFacts::onset).flatMap(Optional::stream)
                    .min(Comparator.comparing(Onset::at))
                    .map(o -> new Onset(o.at(), o.earliest(), o.latest(), "bounded by consequence",
                            "no later than the onset of what it explains: " + o.series(), true));
        }
    }
}
