package dev.mlwb.analysis.timeline;

import dev.mlwb.analysis.data.IncidentData;
import dev.mlwb.analysis.data.Row;
import dev.mlwb.analysis.data.Sql;
import dev.mlwb.analysis.data.Table;
import dev.mlwb.analysis.evidence.TimeMarker;
import dev.mlwb.analysis.format.Fmt;
import dev.mlwb.analysis.time.TimeRange;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits an incident's time span into deployment phases at its {@code deploy}, {@code canary_start},
 * {@code canary_promote} and {@code rollback} events, so that checks can judge a canary while it
 * was a canary and not only over the whole file.
 */
public final class DeploymentPhases {
    /** The event types that start a phase. */
    public static final List<String> TYPES = List.of("deploy", "canary_start", "canary_promote", "rollback");

    private final List<Phase> phases;
    private final List<TimeMarker> markers;

    private DeploymentPhases(List<Phase> phases, List<TimeMarker> markers) {
        this.phases = List.copyOf(phases);
        this.markers = List.copyOf(markers);
    }

    /** The phases of this incident over {@code span} (shared: computed once per incident). */
    public static DeploymentPhases of(IncidentData data, TimeRange span) throws SQLException {
        List<TimeMarker> markers = markers(data);
        return new DeploymentPhases(split(span, markers), markers);
    }

    /** Splits {@code span} at the markers that fall inside it. */
    static List<Phase> split(TimeRange span, List<TimeMarker> markers) {
        List<Phase> out = new ArrayList<>();
        Instant start = span.start();
        Phase.Kind kind = markers.isEmpty() ? Phase.Kind.WHOLE : Phase.Kind.BEFORE;
        for (TimeMarker m : markers) {
            if (!m.at().isAfter(start)) {
                kind = kindOf(m.kind());
                continue;
            }
            if (!m.at().isBefore(span.end())) {
                break;
            }
            out.add(phase(kind, start, m.at()));
            start = m.at();
            kind = kindOf(m.kind());
        }
        out.add(phase(kind, start, span.end()));
        return out;
    }

    private static Phase phase(Phase.Kind kind, Instant start, Instant end) {
        String name = switch (kind) {
            case BEFORE -> "before deployment";
            case CANARY -> "canary";
            case PROMOTED -> "after promotion";
            case ROLLED_BACK -> "after rollback";
            case DEPLOYED -> "after deploy";
            case WHOLE -> "whole incident";
        };
        return new Phase(kind, new TimeRange(start, end), name + " (" + Fmt.period(new TimeRange(start, end)) + ")");
    }

    private static Phase.Kind kindOf(String type) {
        return switch (type) {
            case "canary_start" -> Phase.Kind.CANARY;
            case "canary_promote" -> Phase.Kind.PROMOTED;
            case "rollback" -> Phase.Kind.ROLLED_BACK;
            default -> Phase.Kind.DEPLOYED;
        };
    }

    /** The deployment events of the incident, in time order. */
    public static List<TimeMarker> markers(IncidentData data) throws SQLException {
        Optional<Table> events = data.events();
        if (events.isEmpty()) {
            return List.of();
        }
        String placeholders = String.join(", ", TYPES.stream().map(t -> "?").toList());
        List<TimeMarker> out = new ArrayList<>();
        for (Row r : data.db().query("SELECT " + Sql.epochMicros("__ts") + " AS t, __type AS type, "
                + "coalesce(__message, __type) AS label FROM " + events.get().view() + " WHERE __type IN ("
                + placeholders + ") AND __ts IS NOT NULL ORDER BY __ts", TYPES.toArray())) {
            out.add(new TimeMarker(r.instant("t").orElseThrow(), r.str("type", ""), r.str("label", "")));
        }
        return out;
    }

    public List<Phase> phases() {
        return phases;
    }

    public List<TimeMarker> markers() {
        return markers;
    }

    /** Phases of one kind. */
    public List<Phase> phases(Phase.Kind kind) {
        return phases.stream().filter(p -> p.kind() == kind).toList();
    }
}
