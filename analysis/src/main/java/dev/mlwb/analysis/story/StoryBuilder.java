package dev.mlwb.analysis.story;

import dev.mlwb.analysis.bundle.Role;
import dev.mlwb.analysis.check.CheckReport;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.data.IncidentData;
import dev.mlwb.analysis.data.Table;
import dev.mlwb.analysis.evidence.TimeMarker;
import dev.mlwb.analysis.format.Fmt;
import dev.mlwb.analysis.time.TimeRange;
import dev.mlwb.analysis.timeline.DeploymentPhases;
import dev.mlwb.analysis.timeline.TimeSpan;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds an incident's {@link Story} once every check has run: onsets from the findings' evidence, chains by the
 * causal patterns, the deployment events the chains explain, and the first alert of each chain and of the
 * incident (a few small queries on the events and the datasets' time spans).
 */
public final class StoryBuilder {
    private static final Duration EVENT_SLACK = Duration.ofMinutes(5);

    private StoryBuilder() {
    }

    /**
     * The story of an analysed incident.
     *
     * @throws SQLException if the events or datasets cannot be read
     */
    public static Story build(IncidentData data, CheckReport report) throws SQLException {
        List<Finding> findings = report.findings();
        if (findings.isEmpty()) {
            return Story.EMPTY;
        }
        Map<Finding, Onset> onsets = new IdentityHashMap<>();
        List<FindingFacts> facts = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            Optional<Onset> onset = OnsetDetector.of(f);
            onset.ifPresent(o -> onsets.put(f, o));
            facts.add(FindingFacts.of(f, i, data.manifest().arms(), onset));
        }
        List<FindingFacts> ordered = facts.stream()
                .sorted(Comparator.comparingInt(FindingFacts::rank).thenComparingInt(FindingFacts::index)).toList();
        boolean inputDrift = facts.stream().anyMatch(f -> f.is("data.drift") && !f.outputDrift());
        LinkJudge judge = new LinkJudge(datasetSpans(data), inputDrift);
        List<ChainBuilder.Tree> trees = ChainBuilder.trees(ordered, ChainBuilder.parents(ordered, judge));
        List<TimeMarker> markers = DeploymentPhases.markers(data);
        Set<String> models = SystemTokens.models(data);
        List<Chain> chains = new ArrayList<>();
        for (ChainBuilder.Tree t : trees) {
            Optional<Onset> onset = t.onset();
            List<Finding> members = t.members().stream().map(FindingFacts::finding).toList();
            Optional<AlertEvent> alert = onset.isEmpty() ? Optional.empty()
                    : Alerts.first(data, onset.get().at(), SystemTokens.of(members, chainModels(t, models)));
            chains.add(new Chain(t.root().finding(), onset, t.links(), events(t.root(), markers), alert,
                    between(onset, alert)));
        }
        Optional<Onset> earliest = chains.stream().map(Chain::onset).flatMap(Optional::stream)
                .min(Comparator.comparing(Onset::at));
        Optional<AlertEvent> first = earliest.isEmpty() ? Optional.empty()
                : Alerts.first(data, earliest.get().at(), SystemTokens.of(findings, models));
        return new Story(chains, onsets, earliest, first, between(earliest, first));
    }

    /** Model versions a chain names, and the deployed ones when the chain names none of its own. */
    private static Set<String> chainModels(ChainBuilder.Tree t, Set<String> deployed) {
        Set<String> own = new java.util.LinkedHashSet<>();
        t.members().forEach(m -> own.addAll(m.models()));
        return own.isEmpty() ? deployed : own;
    }

    private static Optional<Duration> between(Optional<Onset> onset, Optional<AlertEvent> alert) {
        if (onset.isEmpty() || alert.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(onset.get().at(), alert.get().at()));
    }

    /** The time span of every predictions and features dataset, for confirming links by time. */
    private static Map<String, TimeRange> datasetSpans(IncidentData data) throws SQLException {
        Map<String, TimeRange> out = new LinkedHashMap<>();
        for (Role role : List.of(Role.PREDICTIONS, Role.FEATURES)) {
            for (Table t : data.tables(role)) {
                TimeSpan.of(data.db(), List.of(t)).ifPresent(span -> out.putIfAbsent(t.name(), span));
            }
        }
        return out;
    }

    /**
     * Deployment events a root cause bears on: a canary promoted at the end of a phase whose traffic was not
     * stratified (a misleading promotion), a rollback that an incompatible schema made fail.
     */
    static List<ChainEvent> events(FindingFacts root, List<TimeMarker> markers) {
        List<ChainEvent> out = new ArrayList<>();
        if (root.span().isEmpty()) {
            return out;
        }
        TimeRange span = root.span().get();
        for (TimeMarker m : markers) {
            Instant at = m.at();
            boolean near = !at.isBefore(span.start().minus(EVENT_SLACK)) && !at.isAfter(span.end().plus(EVENT_SLACK));
            if (!near) {
                continue;
            }
            if (root.is("canary.traffic-mix") && m.kind().equals("canary_promote")) {
                out.add(new ChainEvent(at, m.kind(), m.label(), "promoted at " + Fmt.time(at) + " UTC on a canary "
                        + "whose traffic did not represent the baseline's: its comparison could not see the slices it "
                        + "lacked, so the promotion was misleading"));
            } else if (root.is("deploy.rollback-compat") && m.kind().equals("rollback")) {
                out.add(new ChainEvent(at, m.kind(), m.label(), "this rollback at " + Fmt.time(at) + " UTC returned "
                        + "to a model that cannot read the payload in use, so it failed"));
            }
        }
        return out;
    }
}
