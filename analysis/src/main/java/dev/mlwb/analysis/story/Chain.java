package dev.mlwb.analysis.story;

import dev.mlwb.analysis.check.Finding;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A root cause and what it explains, in tree order (each link after its parent).
 *
 * @param root the finding nothing else explains
 * @param onset when the root cause started: its own onset, or (if its evidence does not date it) no later than
 *     the earliest onset of what it explains
 * @param links the findings it explains, directly or through another, each with its parent and the reason
 * @param events deployment events the chain explains (a promotion on a contaminated canary, a failed rollback)
 * @param firstAlert the first alert at or after the onset naming something this chain is about
 * @param timeToDetect first alert − onset
 */
public record Chain(Finding root, Optional<Onset> onset, List<ChainLink> links, List<ChainEvent> events,
                    Optional<AlertEvent> firstAlert, Optional<Duration> timeToDetect) {
    public Chain {
        links = List.copyOf(links);
        events = List.copyOf(events);
    }

    public boolean contains(Finding f) {
        return root == f || links.stream().anyMatch(l -> l.finding() == f);
    }

    /** The findings of the chain, root first. */
    public List<Finding> findings() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(root), links.stream().map(ChainLink::finding))
                .toList();
    }

    /** The link that puts a finding under its parent, if it is not the root. */
    public Optional<ChainLink> link(Finding f) {
        return links.stream().filter(l -> l.finding() == f).findFirst();
    }
}
