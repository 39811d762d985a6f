package dev.mlwb.app.session;

import dev.mlwb.analysis.check.CheckReport;
import dev.mlwb.analysis.check.CheckRun;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.evidence.Evidence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every piece of evidence of an open report, by check and by subject: what the views need to
 * follow a link (a feature to its drift histogram, a slice to its breakdown, a replica to its lane)
 * and to show the subjects a check examined without raising anything.
 */
public final class EvidenceIndex {
    private final CheckReport report;
    private final Map<String, List<Evidence>> byCheck = new LinkedHashMap<>();
    private final Map<Evidence, String> checkOf = new IdentityHashMap<>();

    public EvidenceIndex(CheckReport report) {
        this.report = report;
        for (CheckRun run : report.checks()) {
            List<Evidence> list = new ArrayList<>(run.evidence());
            Set<Evidence> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            seen.addAll(list);
            for (Finding f : report.findings(run.id())) {
                f.evidence().stream().filter(seen::add).forEach(list::add);
            }
            byCheck.put(run.id(), List.copyOf(list));
            list.forEach(e -> checkOf.put(e, run.id()));
        }
    }

    /** An index of nothing, before any incident is open. */
    public static EvidenceIndex empty() {
        return new EvidenceIndex(new CheckReport("", "", "", List.of(), List.of(), List.of()));
    }

    public CheckReport report() {
        return report;
    }

    /** The evidence a check recorded (about every subject it examined) and its findings carry. */
    public List<Evidence> forCheck(String checkId) {
        return byCheck.getOrDefault(checkId, List.of());
    }

    /** Every piece of evidence of a kind, in check order. */
    public <E extends Evidence> List<E> ofType(Class<E> kind) {
        return byCheck.values().stream().flatMap(List::stream).filter(kind::isInstance).map(kind::cast).toList();
    }

    /** The check that recorded a piece of evidence. */
    public Optional<String> checkOf(Evidence e) {
        return Optional.ofNullable(checkOf.get(e));
    }

    /** The evidence about a subject, in check order. */
    public List<Evidence> about(Subject subject) {
        return byCheck.values().stream().flatMap(List::stream).filter(e -> SubjectMatcher.isAbout(e, subject)).toList();
    }

    /** The findings naming a subject, most severe first. */
    public List<Finding> findingsAbout(Subject subject) {
        return report.findings().stream().filter(f -> f.subjects().contains(subject)).toList();
    }
}
