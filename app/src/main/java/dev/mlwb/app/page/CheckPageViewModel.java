package dev.mlwb.app.page;

import dev.mlwb.analysis.check.Check;
import dev.mlwb.analysis.check.CheckRun;
import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.checks.CheckCatalog;
import dev.mlwb.analysis.evidence.Evidence;
import dev.mlwb.app.session.EvidenceIndex;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One check in full: what it looks for, whether it ran (or why not), its findings, the measures of
 * every subject it examined (so the analyst sees why it fired and why it did not), and its evidence.
 */
public final class CheckPageViewModel {
    private final String id;
    private final EvidenceIndex index;
    private final Optional<CheckRun> run;

    public CheckPageViewModel(String id, EvidenceIndex index) {
        this.id = id;
        this.index = index;
        this.run = index.report().check(id);
    }

    public String id() {
        return id;
    }

    public String description() {
        return CheckCatalog.all().stream().filter(c -> c.id().equals(id)).findFirst().map(Check::description)
                .orElse("");
    }

    /** {@code ran in 412 ms: 2 findings, 14 subjects examined} or why it was skipped or failed. */
    public String status() {
        if (run.isEmpty()) {
            return "not part of this report";
        }
        CheckRun r = run.get();
        return switch (r.status()) {
            case RAN -> "ran in " + r.millis() + " ms: " + findings().size() + (findings().size() == 1 ? " finding, "
                    : " findings, ") + r.measures().size() + " subjects examined";
            case SKIPPED -> "skipped: " + r.reason().orElse("");
            case FAILED -> "failed: " + r.reason().orElse("");
        };
    }

    public List<Finding> findings() {
        return index.report().findings(id);
    }

    public List<Evidence> evidence() {
        return index.forCheck(id);
    }

    /** The measure names, in the order they first appear, for the table's columns. */
    public List<String> measureNames() {
        Set<String> names = new LinkedHashSet<>();
        run.ifPresent(r -> r.measures().values().forEach(m -> names.addAll(m.keySet())));
        return new ArrayList<>(names);
    }

    /** One row per subject examined. */
    public List<MeasureRow> measureRows() {
        List<MeasureRow> out = new ArrayList<>();
        run.ifPresent(r -> r.measures().forEach((subject, m) -> out.add(new MeasureRow(subject, m,
                findings().stream().anyMatch(f -> f.subjects().stream().anyMatch(s -> s.toString().equals(subject)))))));
        return out;
    }

    /** The numbers a check computed for one subject, and whether a finding names it. */
    public record MeasureRow(String subject, Map<String, Double> measures, boolean flagged) {
        public double value(String name) {
            Double v = measures.get(name);
            return v == null ? Double.NaN : v;
        }
    }
}
