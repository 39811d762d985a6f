package dev.mlwb.app.page;

import dev.mlwb.analysis.check.Finding;
import dev.mlwb.analysis.check.Subject;
import dev.mlwb.analysis.evidence.Evidence;
import dev.mlwb.app.session.EvidenceIndex;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything about one subject: the findings naming it, the numbers every check computed for it,
 * and every piece of evidence about it (a feature's drift histogram, unseen categories, leakage
 * and skew; a slice's breakdowns; a replica's lane), focused on the subject.
 */
public final class SubjectPageViewModel {
    private final Subject subject;
    private final EvidenceIndex index;

    public SubjectPageViewModel(Subject subject, EvidenceIndex index) {
        this.subject = subject;
        this.index = index;
    }

    public Subject subject() {
        return subject;
    }

    public String kindWord() {
        return switch (subject.kind()) {
            case "feature" -> "Feature";
            case "slice" -> "Slice";
            case "replica" -> "Replica";
            case "model" -> "Model";
            case "run" -> "Run";
            case "item" -> "Item";
            case "source" -> "Source";
            case "metric" -> "Metric";
            case "job" -> "Job";
            default -> subject.kind().toUpperCase(Locale.ROOT);
        };
    }

    public String title() {
        return subject.value();
    }

    public List<Finding> findings() {
        return index.findingsAbout(subject);
    }

    public List<Evidence> evidence() {
        return index.about(subject);
    }

    /** Per check, the measures recorded for this subject (also by checks that raised nothing). */
    public Map<String, Map<String, Double>> measures() {
        Map<String, Map<String, Double>> out = new TreeMap<>();
        index.report().checks().forEach(c -> {
            Map<String, Double> m = c.measures().get(subject.toString());
            if (m != null && !m.isEmpty()) {
                out.put(c.id(), m);
            }
        });
        return out;
    }

    public String caption() {
        int f = findings().size();
        int e = evidence().size();
        return (f == 0 ? "No finding names this " + subject.kind() : f + (f == 1 ? " finding names" : " findings name")
                + " this " + subject.kind()) + "; " + e + " views of evidence about it"
                + (measures().isEmpty() ? "." : ", and the measures of " + measures().size() + " checks.");
    }
}
