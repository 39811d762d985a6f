package dev.mlwb.analysis.story;

import java.time.Instant;
import java.util.Optional;

/**
 * An alert (or error) of the events log that points at the system.
 *
 * @param source the events source it came from
 * @param type its type as logged
 * @param named what it names that ties it to the findings (a slice value, a model version, a job, ...)
 */
public record AlertEvent(Instant at, String source, String type, Optional<String> level, Optional<String> component,
                         Optional<String> message, Optional<String> name, String named) {

    /** One line for people: the message, else the name, else the type. */
    public String text() {
        return message.or(() -> name).orElse(type);
    }
}
