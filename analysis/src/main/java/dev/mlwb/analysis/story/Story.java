package dev.mlwb.analysis.story;

import dev.mlwb.analysis.check.Finding;
import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An incident's story: chains of findings, the likely root cause first, each finding under the one that explains
 * it; when each finding's problem started; the first alert that pointed at the system and the time to detect.
 *
 * @param chains the chains, likely root cause first; every finding is in exactly one
 * @param earliestOnset the earliest onset among the chains' root causes, if any is dated
 * @param firstAlert the first alert at or after that onset naming something the findings are about
 * @param timeToDetect first alert − earliest root-cause onset
 */
public record Story(List<Chain> chains, Map<Finding, Onset> onsets, Optional<Onset> earliestOnset,
                    Optional<AlertEvent> firstAlert, Optional<Duration> timeToDetect) {

    public static final Story EMPTY = new Story(List.of(), Map.of(), Optional.empty(), Optional.empty(),
            Optional.empty());

    public Story {
        chains = List.copyOf(chains);
        Map<Finding, Onset> copy = new IdentityHashMap<>(onsets);
        onsets = Collections.unmodifiableMap(copy);
    }

    /** When a finding's problem started, if its evidence dates it. */
    public Optional<Onset> onset(Finding f) {
        return Optional.ofNullable(onsets.get(f));
    }

    /** The chain a finding belongs to. */
    public Optional<Chain> chainOf(Finding f) {
        return chains.stream().filter(c -> c.contains(f)).findFirst();
    }

    /** The likely root cause's chain. */
    public Optional<Chain> likely() {
        return chains.stream().findFirst();
    }
}
