package dev.mlwb.analysis.timeline;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One event of the incident's log, drawn on its own.
 *
 * @param source the events source it came from
 * @param type its type as logged, standard or not
 * @param attributes every other field, as text
 */
public record TimelineEvent(Instant at, String source, String type, Optional<String> level, Optional<String> component,
                            Optional<String> message, Map<String, String> attributes) {
    public TimelineEvent {
        attributes = Collections.unmodifiableMap(new TreeMap<>(attributes));
    }
}
