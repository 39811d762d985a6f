package dev.mlwb.analysis.draft;

import java.util.List;
import java.util.Optional;

/**
 * Whether a check runs on a (drafted) bundle, why not if it does not, and which sources it needs.
 *
 * @param reason why the check is skipped (its {@code skipReason}), when it is
 * @param sources the sources without which it would be skipped (their names)
 */
public record CheckCoverage(String id, String description, Optional<String> reason, List<String> sources) {
    public CheckCoverage {
        sources = List.copyOf(sources);
    }

    public boolean enabled() {
        return reason.isEmpty();
    }
}
