package dev.mlwb.analysis.draft;

import dev.mlwb.analysis.bundle.Role;
import java.util.Locale;
import java.util.Optional;

/** An events log: a time, an event type with identifier-like values, and usually a message. */
final class EventGuess {
    private EventGuess() {
    }

    static Optional<Mapping> events(FileProfile f) {
        Mapping m = new Mapping(f, Role.EVENTS);
        Optional<ColumnProfile> ts = TableGuesser.rowTimestamp(m);
        if (ts.isEmpty()) {
            return Optional.empty();
        }
        m.map("timestamp", ts.get(), "when the event happened");
        Optional<ColumnProfile> type = m.best(ColumnTraits::eventType, 0.5);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        long standard = type.get().top().stream()
                .filter(v -> Words.STANDARD_EVENTS.contains(v.value().toLowerCase(Locale.ROOT))).count();
        m.map("type", type.get(), standard > 0 ? standard + (standard == 1 ? " standard event type" : " standard event types")
                + " among its values"
                : "identifier-like values named like an event type");
        Optional<ColumnProfile> level = m.best(ColumnTraits::level, 0.7);
        level.ifPresent(c -> m.map("level", c, "log levels"));
        Optional<ColumnProfile> message = m.best(ColumnTraits::message, 0.4);
        message.ifPresent(c -> m.map("message", c, "free text"));
        m.best(ColumnTraits::component, 0.9).ifPresent(c -> m.map("component", c, "the name says component or service"));
        m.score = 1.6 + ColumnTraits.eventType(type.get()) + (message.isPresent() ? 0.3 : 0)
                + (level.isPresent() ? 0.2 : 0) + (TableGuesser.pathSays(f, TableGuesser.logWords()) ? 0.3 : 0)
                + (standard > 0 ? 0.4 : 0);
        long attributes = m.unused().size();
        m.comment = "events: a log of " + type.get().distinct() + " event types"
                + (attributes > 0 ? "; its other " + attributes + " columns are kept as event attributes" : "");
        return Optional.of(m);
    }
}
